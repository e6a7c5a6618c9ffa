import type { CatalogueResponse } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from './database.ts';
import { type Enrolment, isCurrentEnrolment } from './read-enrolment.ts';

/**
 * Replaces the unit's catalogue with the server's list (the server owns assignments), unless the
 * device enrolled anew since the list was asked for.
 */
export async function replaceCatalogue(
  db: CongKhaiDatabase,
  enrolment: Pick<Enrolment, 'serverUrl' | 'clientId'>,
  catalogue: CatalogueResponse,
  receivedAt = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.catalogue, db.meta, async () => {
    if (!(await isCurrentEnrolment(db, enrolment))) return;
    await db.catalogue.clear();
    await db.catalogue.bulkPut(catalogue.procedures);
    await db.meta.bulkPut([
      { key: 'unit', value: catalogue.unit },
      { key: 'catalogueAt', value: receivedAt },
    ]);
  });
}
