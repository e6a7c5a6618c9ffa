import { PullResponseSchema } from '../../shared/sync/protocol.ts';
import { applyPulledRows } from '../db/apply-pulled-rows.ts';
import type { CongKhaiDatabase } from '../db/database.ts';
import type { Enrolment } from '../db/read-enrolment.ts';
import { readMeta } from '../db/read-meta.ts';
import { callServer, type Server } from './call-server.ts';

/** More pages than any unit has; stops a server whose `hasMore` never clears. */
const MAX_PAGES = 1000;

/**
 * Pulls the unit's changes after the stored cursor, page by page while the server says there are
 * more, applying each page before asking for the next (so an interrupted pull resumes where it
 * stopped). Stops when the device enrolled anew meanwhile: that page is dropped.
 */
export async function pullChanges(
  db: CongKhaiDatabase,
  server: Server,
  enrolment: Enrolment,
  now: () => number = Date.now,
): Promise<void> {
  for (let page = 0; page < MAX_PAGES; page++) {
    const cursor = (await readMeta(db, 'cursor')) ?? 0;
    const query = new URLSearchParams({
      unit: enrolment.unit.id,
      cursor: String(cursor),
      client: enrolment.clientId,
    });
    const response = await callServer(server, `/api/v1/sync/pull?${query}`, PullResponseSchema);
    if (!(await applyPulledRows(db, enrolment, response, now()))) return;
    if (!response.hasMore || response.cursor <= cursor) return;
  }
}
