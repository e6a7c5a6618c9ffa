import type { CongKhaiDatabase } from './database.ts';

/**
 * Forgets the device token. Local answers, scans and the outbox stay: enrolling again into the same
 * unit pushes whatever was written in between.
 */
export async function clearEnrolment(db: CongKhaiDatabase): Promise<void> {
  await db.meta.bulkDelete(['token', 'deviceId', 'lastError', 'lastSyncAt']);
}
