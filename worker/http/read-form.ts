import type { Context } from 'hono';
import * as v from 'valibot';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';

/** The hidden field every dashboard form carries its CSRF token in. */
export const CSRF_FIELD = '_csrf';

/** Constant-time string equality, so a guessed token learns nothing from timing. */
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}

/**
 * Reads a dashboard form safely (OWASP CSRF cheat sheet: origin check plus synchronizer token):
 * the request must come from this origin (`Origin`, or `Sec-Fetch-Site: same-origin`) and carry
 * `expectedToken` in {@link CSRF_FIELD}; the other fields must match `schema` exactly (a strict
 * object: a field the form does not have, such as a server-owned one, is refused).
 *
 * @throws ApiError 403 `csrf`, 400 `invalid_form` (the message names the fields in words).
 */
export async function readForm<TSchema extends v.GenericSchema<Record<string, unknown>>>(
  c: Context<AppEnv>,
  schema: TSchema,
  expectedToken: string,
): Promise<v.InferOutput<TSchema>> {
  // A browser may send `Origin: null` (privacy settings); then Fetch Metadata decides.
  const origin = c.req.header('Origin');
  const sameOrigin =
    origin !== undefined && origin !== 'null'
      ? origin === new URL(c.req.url).origin
      : c.req.header('Sec-Fetch-Site') === 'same-origin';
  if (!sameOrigin) throw new ApiError(403, 'csrf', 'The form was not sent from this site.');
  let body: Record<string, string | File>;
  try {
    body = (await c.req.parseBody()) as Record<string, string | File>;
  } catch {
    throw new ApiError(400, 'invalid_form', 'The form could not be read.');
  }
  const { [CSRF_FIELD]: token, ...fields } = body;
  if (typeof token !== 'string' || !sameText(token, expectedToken))
    throw new ApiError(403, 'csrf', 'The form is out of date or not from this site.');
  const parsed = v.safeParse(schema, fields);
  if (!parsed.success)
    throw new ApiError(
      400,
      'invalid_form',
      parsed.issues
        .slice(0, 3)
        .map((issue) => issue.message)
        .join('; '),
    );
  return parsed.output;
}
