import type { CongKhaiDatabase } from '../db/database.ts';
import { readEnrolment } from '../db/read-enrolment.ts';
import { readMeta } from '../db/read-meta.ts';
import { writeMeta } from '../db/write-meta.ts';
import type { FetchLike } from './call-server.ts';
import { uploadPhotos } from './photo-transfer.ts';
import { pullChanges } from './pull-changes.ts';
import { pushOutbox } from './push-outbox.ts';
import { refreshCatalogue } from './refresh-catalogue.ts';
import { refreshReview } from './refresh-review.ts';
import { isRetryable, ServerError } from './server-error.ts';

export type SyncOutcome =
  | { status: 'not-enrolled' }
  | { status: 'synced' }
  | { status: 'failed'; error: ServerError };

/** How old the stored catalogue may grow before a sync fetches it again (assignments change rarely). */
const CATALOGUE_MAX_AGE_MS = 60 * 60 * 1000;

/**
 * One sync run: pull the unit's changes, push the outbox, refresh the catalogue when it is
 * older than {@link CATALOGUE_MAX_AGE_MS} (enrolment fetches it first), and fetch the district's
 * latest review. The outcome is
 * recorded in `meta` (`lastSyncAt`, `lastError`) for the side panel. A failure leaves the outbox
 * and the local data as they are; the next run starts over (the sync engine decides when).
 * Refused mutations do not fail the run (they are acknowledged) but are reported through
 * `lastError`. Everything the run applies is tied to the enrolment it started with.
 *
 * @param now this device's clock (a parameter for tests)
 */
export async function runSync(
  db: CongKhaiDatabase,
  fetch: FetchLike,
  now: () => number = Date.now,
): Promise<SyncOutcome> {
  const enrolment = await readEnrolment(db);
  if (!enrolment) return { status: 'not-enrolled' };
  const server = { url: enrolment.serverUrl, token: enrolment.token, fetch };
  try {
    // Pull first: its answer tells the server's time, so writes stamped by a clock that went wrong
    // since the last sync are stamped again before they are pushed, instead of being refused.
    await pullChanges(db, server, enrolment, now);
    // Photos before the answers that reference them (the server checks they are there).
    await uploadPhotos(db, server);
    const rejected = await pushOutbox(db, server, enrolment, now);
    const catalogueAt = (await readMeta(db, 'catalogueAt')) ?? 0;
    if (now() - catalogueAt > CATALOGUE_MAX_AGE_MS) await refreshCatalogue(db, enrolment, server, now);
    await refreshReview(db, enrolment, server);
    // The reasons' codes only: people read `syncRejected` and each refused item's own note.
    const reasons = [...new Set(rejected.map((result) => result.reason ?? 'rejected'))].join('; ');
    await writeMeta(db, {
      lastSyncAt: now(),
      lastError:
        rejected.length > 0
          ? {
              code: 'rejected',
              message: `${rejected.length} refused: ${reasons}`,
              at: now(),
            }
          : null,
    });
    return { status: 'synced' };
  } catch (error) {
    if (!(error instanceof ServerError)) {
      await writeMeta(db, { lastError: { code: 'internal', message: String(error), at: now() } });
      throw error; // a defect, for the top-level reporter
    }
    await writeMeta(db, {
      lastError: {
        code: error.code,
        message: error.message,
        at: now(),
        status: error.status,
        retryable: isRetryable(error),
      },
    });
    return { status: 'failed', error };
  }
}
