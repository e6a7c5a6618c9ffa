import type { UnitReview } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from './database.ts';
import { type Enrolment, isCurrentEnrolment } from './read-enrolment.ts';

/** Keeps the unit's latest review as the server sent it, unless the device enrolled anew meanwhile. */
export async function saveReview(
  db: CongKhaiDatabase,
  enrolment: Pick<Enrolment, 'serverUrl' | 'clientId'>,
  review: UnitReview | null,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    if (await isCurrentEnrolment(db, enrolment)) await db.meta.put({ key: 'review', value: review });
  });
}
