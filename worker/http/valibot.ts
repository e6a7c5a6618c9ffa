import { validator } from 'hono/validator';
import * as v from 'valibot';
import { ApiError } from './api-error.ts';

/**
 * Validates one request part with a shared valibot schema (docs/style.md §15: one validation library).
 * A failure is the caller's mistake: 400 `invalid_request` naming each offending path.
 *
 * @example sync.post('/push', valid('json', PushRequestSchema), (c) => c.req.valid('json'))
 */
export const valid = <T extends 'json' | 'query', S extends v.GenericSchema>(target: T, schema: S) =>
  validator(target, (value): v.InferOutput<S> => {
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    throw new ApiError(400, 'invalid_request', describeIssues(result.issues));
  });

const describeIssues = (issues: readonly v.BaseIssue<unknown>[]): string =>
  issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? '(body)'}: ${issue.message}`)
    .join('; ');
