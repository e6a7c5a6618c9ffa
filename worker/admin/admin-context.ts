import type { Context } from 'hono';
import type * as v from 'valibot';
import { today } from '../db/cluster-units-cte.ts';
import { findClusterUnit } from '../db/find-cluster-unit.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readForm } from '../http/read-form.ts';

/** Reads an admin form with the session's CSRF token (see `readForm`). */
export const adminForm = <TSchema extends v.GenericSchema<Record<string, unknown>>>(
  c: Context<AppEnv>,
  schema: TSchema,
) => readForm(c, schema, c.get('session').csrfToken);

/**
 * A unit of the admin's own cluster, or 404: an id of another cluster is answered exactly like one
 * that does not exist (object-level authorisation, OWASP API1).
 */
export async function clusterUnitOr404(c: Context<AppEnv>, unitId: string) {
  const unit = await findClusterUnit(c.env.DB, c.get('account').clusterId, today(), unitId);
  if (!unit) throw new ApiError(404, 'not_found', 'No such unit in this cluster.');
  return unit;
}

/** A refused form: the error page names the problem by its message id. */
export const formProblem = (id: string) => new ApiError(400, 'invalid_form', id);
