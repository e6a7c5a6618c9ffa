import { type EnrollResponse, EnrollResponseSchema } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from '../db/database.ts';
import { readEnrolment } from '../db/read-enrolment.ts';
import { saveEnrolment } from '../db/save-enrolment.ts';
import { callServer, type FetchLike } from './call-server.ts';
import { refreshCatalogue } from './refresh-catalogue.ts';

/**
 * Exchanges a one-time enrolment code for a device token (docs/architecture.md §5), stores it and
 * fetches the unit's catalogue. Throws {@link ServerError} (`code_invalid`, `network`,
 * …) for the options page to show. Callers in the extension hold the sync lock, so no sync runs
 * across it; a sync that does is fenced off by the new client id all the same.
 */
export async function enrollDevice(
  db: CongKhaiDatabase,
  fetch: FetchLike,
  serverUrl: string,
  code: string,
  label: string,
  now: () => number = Date.now,
): Promise<EnrollResponse> {
  const url = serverUrl.trim().replace(/\/+$/, '');
  const enrolment = await callServer(
    { url, token: null, fetch },
    '/api/v1/devices/enroll',
    EnrollResponseSchema,
    {
      code: code.trim(),
      // Without a name the server names the device after its unit and browser.
      ...(label.trim() ? { label: label.trim() } : {}),
    },
  );
  await saveEnrolment(db, url, enrolment, now());
  const stored = await readEnrolment(db);
  if (stored) await refreshCatalogue(db, stored, { url, token: enrolment.token, fetch }, now);
  return enrolment;
}
