import { Hono } from 'hono';
import type { CatalogueResponse } from '../../shared/sync/protocol.ts';
import { findUnit } from '../db/find-unit.ts';
import { listCatalogue } from '../db/list-catalogue.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { requireDevice } from '../http/require-device.ts';

/** The procedures of the token's unit; the extension keeps them in its `catalogue` table. */
export const catalogue = new Hono<AppEnv>().use(requireDevice).get('/', async (c) => {
  const { unitId } = c.get('device');
  const unit = await findUnit(c.env.DB, unitId);
  if (!unit) throw new ApiError(404, 'unknown_unit', 'The unit of this device no longer exists.');
  return c.json<CatalogueResponse>({
    v: 1,
    serverTime: Date.now(),
    unit,
    procedures: await listCatalogue(c.env.DB, unitId),
  });
});
