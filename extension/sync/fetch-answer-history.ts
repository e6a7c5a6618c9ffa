import { type HistoryEntry, HistoryResponseSchema } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from '../db/database.ts';
import { readEnrolment } from '../db/read-enrolment.ts';
import { callServer, type FetchLike } from './call-server.ts';

/**
 * The server's record of one answer of the enrolled unit, newest first: every write, with its
 * device and time, including those that lost to a newer one. Null when the device is not
 * enrolled; throws {@link ServerError} when the server cannot be reached or refuses.
 */
export async function fetchAnswerHistory(
  db: CongKhaiDatabase,
  fetch: FetchLike,
  subject: string,
  itemId: string,
): Promise<HistoryEntry[] | null> {
  const enrolment = await readEnrolment(db);
  if (!enrolment) return null;
  const query = new URLSearchParams({ subject, item: itemId });
  const response = await callServer(
    { url: enrolment.serverUrl, token: enrolment.token, fetch },
    `/api/v1/sync/history?${query}`,
    HistoryResponseSchema,
  );
  return response.entries;
}
