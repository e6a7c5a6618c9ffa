import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCssPathCache, cssPath } from '../../../extension/adapters/css-path.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';

const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const pages = ['portal-legacy', 'portal-hcmc', 'unit-site'].flatMap((kind) =>
  readdirSync(new URL(`${kind}/`, corpus))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${kind}/${file}`),
);

describe('cssPath', () => {
  it('finds the element again', () => {
    const doc = parseHtml(
      '<html><body><div><p>a</p><span>b</span><p>c</p></div><div id="x"><ul><li>1</li><li>2</li></ul></div></body></html>',
    );
    const [, c] = doc.querySelectorAll('p');
    expect(cssPath(c!)).toBe('body:nth-of-type(1) > div:nth-of-type(1) > p:nth-of-type(2)');
    const second = doc.querySelectorAll('li')[1]!;
    expect(cssPath(second)).toBe('#x > ul:nth-of-type(1) > li:nth-of-type(2)');
    expect(doc.querySelector(cssPath(second))).toBe(second);
  });

  it.each(pages)('gives the same path with a cache as without, on %s', (page) => {
    const doc = parseHtml(readFileSync(new URL(page, corpus), 'utf8'));
    const cache = createCssPathCache();
    for (const element of doc.querySelectorAll('body *')) {
      expect(cssPath(element, cache)).toBe(cssPath(element));
    }
  });
});
