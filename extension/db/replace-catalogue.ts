import type { CatalogueResponse } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from './database.ts';

/** Replaces the unit's catalogue with the server's list (the server owns assignments). */
export async function replaceCatalogue(
  db: CongKhaiDatabase,
  catalogue: CatalogueResponse,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.catalogue, db.meta, async () => {
    await db.catalogue.clear();
    await db.catalogue.bulkPut(catalogue.procedures);
    await db.meta.bulkPut([
      { key: 'unit', value: catalogue.unit },
      { key: 'catalogueAt', value: now },
    ]);
  });
}
