import { ReviewResponseSchema } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from '../db/database.ts';
import type { Enrolment } from '../db/read-enrolment.ts';
import { saveReview } from '../db/save-review.ts';
import { callServer, type Server } from './call-server.ts';

/**
 * Fetches the district's latest review of the unit, so the side panel shows its state and lists
 * the items a reviewer sent back first. One small request per sync: a review written on the
 * dashboard shows after the next sync.
 */
export async function refreshReview(
  db: CongKhaiDatabase,
  enrolment: Pick<Enrolment, 'serverUrl' | 'clientId'>,
  server: Server,
): Promise<void> {
  const { review } = await callServer(server, '/api/v1/sync/review', ReviewResponseSchema);
  await saveReview(db, enrolment, review);
}
