import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Answers with a server-rendered page (Preact → HTML, escaped by the renderer). */
// biome-ignore lint/suspicious/noExplicitAny: any component's element, whatever its props.
export const renderPage = (c: Context, page: VNode<any>, status: ContentfulStatusCode = 200) =>
  c.html(`<!doctype html>${renderToString(page)}`, status);
