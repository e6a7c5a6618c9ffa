import type { EnrollResponse } from '../../shared/sync/protocol.ts';
import { adoptServerTime } from './adopt-server-time.ts';
import type { CongKhaiDatabase } from './database.ts';

/**
 * Stores a fresh enrolment. Enrolling into another unit, or on another server, than before starts
 * from scratch: answers, catalogue, cursor, conflicts and waiting writes belonged to the old unit
 * or server (a cursor from a demo server would skip a real server's first rows; a waiting write
 * for the old unit would only be refused). Re-enrolling into the same unit on the same server
 * keeps everything, the outbox and the cursor included.
 *
 * Each enrolment also starts a new client id: the server binds a client id to the device that first
 * pushed with it (`client_conflict` otherwise), and a sync still under way for the old enrolment
 * sees the change and drops what it pulls (see `isCurrentEnrolment`). Outbox seq numbers keep
 * growing, so the new client starts above the server's `lastSeq` of 0 and nothing pending is skipped.
 */
export async function saveEnrolment(
  db: CongKhaiDatabase,
  serverUrl: string,
  enrolment: EnrollResponse,
  receivedAt = Date.now(),
): Promise<void> {
  await db.transaction('rw', [db.meta, db.answers, db.catalogue, db.outbox, db.conflicts], async () => {
    const previous = (await db.meta.get('unit'))?.value as { id: string } | undefined;
    const previousServer = (await db.meta.get('serverUrl'))?.value;
    const moved = previousServer !== undefined && previousServer !== serverUrl;
    if (previous && (previous.id !== enrolment.unit.id || moved)) {
      await Promise.all([db.answers.clear(), db.catalogue.clear(), db.outbox.clear(), db.conflicts.clear()]);
      await db.meta.bulkDelete(['cursor', 'hlc', 'review']);
    }
    // The next sync fetches the catalogue again, even if the fetch right after enrolment fails.
    await db.meta.delete('catalogueAt');
    await db.meta.bulkPut([
      { key: 'serverUrl', value: serverUrl },
      { key: 'token', value: enrolment.token },
      { key: 'deviceId', value: enrolment.deviceId },
      { key: 'deviceLabel', value: enrolment.label },
      { key: 'unit', value: enrolment.unit },
      { key: 'lastError', value: null },
      { key: 'clientId', value: crypto.randomUUID() },
    ]);
    // Waiting writes stamped by a clock far ahead are stamped again before the first push.
    await adoptServerTime(db, enrolment.serverTime, receivedAt);
  });
}
