import type { EnrollResponse } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from './database.ts';

/**
 * Stores a fresh enrolment. Enrolling into another unit, or on another server, than before starts
 * from scratch (answers, catalogue and cursor belonged to the old unit or server: a cursor from a
 * demo server would skip a real server's first rows); re-enrolling into the same unit on the same
 * server keeps everything, including the outbox.
 *
 * Each enrolment also starts a new client id: the server binds a client id to the device that first
 * pushed with it (`client_conflict` otherwise). Outbox seq numbers keep growing, so the new client
 * starts above the server's `lastSeq` of 0 and nothing pending is skipped.
 */
export async function saveEnrolment(
  db: CongKhaiDatabase,
  serverUrl: string,
  enrolment: EnrollResponse,
): Promise<void> {
  await db.transaction('rw', [db.meta, db.answers, db.catalogue], async () => {
    const previous = (await db.meta.get('unit'))?.value as { id: string } | undefined;
    const previousServer = (await db.meta.get('serverUrl'))?.value;
    const moved = previousServer !== undefined && previousServer !== serverUrl;
    if (previous && (previous.id !== enrolment.unit.id || moved)) {
      await db.answers.clear();
      await db.catalogue.clear();
      await db.meta.delete('cursor');
    }
    // The next sync fetches the catalogue again, even if the fetch right after enrolment fails.
    await db.meta.delete('catalogueAt');
    await db.meta.bulkPut([
      { key: 'serverUrl', value: serverUrl },
      { key: 'token', value: enrolment.token },
      { key: 'deviceId', value: enrolment.deviceId },
      { key: 'unit', value: enrolment.unit },
      { key: 'lastError', value: null },
      { key: 'clientId', value: crypto.randomUUID() },
    ]);
  });
}
