import type { CongKhaiDatabase } from '../db/database.ts';
import { readClientId } from '../db/read-client-id.ts';
import { readMeta } from '../db/read-meta.ts';
import { writeMeta } from '../db/write-meta.ts';
import type { FetchLike } from './call-server.ts';
import { pullChanges } from './pull-changes.ts';
import { pushOutbox } from './push-outbox.ts';
import { refreshCatalogue } from './refresh-catalogue.ts';
import { ServerError } from './server-error.ts';

export type SyncOutcome = 'not-enrolled' | 'synced' | 'failed';

/** How old the stored catalogue may grow before a sync fetches it again (assignments change rarely). */
const CATALOGUE_MAX_AGE_MS = 60 * 60 * 1000;

/**
 * One sync run: push the outbox, pull the unit's changes, and refresh the catalogue when it is
 * older than {@link CATALOGUE_MAX_AGE_MS} (enrolment fetches it first). The outcome is
 * recorded in `meta` (`lastSyncAt`, `lastError`) for the side panel. A failure leaves the outbox
 * and the local data as they are; the next run starts over. Rejected mutations do not fail the
 * run (they are acknowledged) but are reported through `lastError`.
 */
export async function runSync(db: CongKhaiDatabase, fetch: FetchLike, now = Date.now): Promise<SyncOutcome> {
  const [url, token, unit] = await Promise.all([
    readMeta(db, 'serverUrl'),
    readMeta(db, 'token'),
    readMeta(db, 'unit'),
  ]);
  if (!url || !token || !unit) return 'not-enrolled';
  const server = { url, token, fetch };
  try {
    const clientId = await readClientId(db);
    const rejected = await pushOutbox(db, server, clientId, unit.id);
    await pullChanges(db, server, clientId, unit.id);
    const catalogueAt = (await readMeta(db, 'catalogueAt')) ?? 0;
    if (now() - catalogueAt > CATALOGUE_MAX_AGE_MS) await refreshCatalogue(db, server);
    const reasons = [...new Set(rejected.map((result) => result.reason ?? 'rejected'))].join('; ');
    await writeMeta(db, {
      lastSyncAt: now(),
      lastError:
        rejected.length > 0
          ? {
              code: 'rejected',
              message: `${rejected.length} thay đổi bị máy chủ từ chối: ${reasons}`,
              at: now(),
            }
          : null,
    });
    return 'synced';
  } catch (error) {
    const { code, message } =
      error instanceof ServerError ? error : { code: 'internal', message: String(error) };
    await writeMeta(db, { lastError: { code, message, at: now() } });
    if (!(error instanceof ServerError)) throw error; // a defect, for the top-level reporter
    return 'failed';
  }
}
