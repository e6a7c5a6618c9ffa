import type { CongKhaiDatabase } from './database.ts';

/**
 * This browser's sync identity, created on first use: the node of its HLC stamps and the key of the
 * server's `lastSeq` bookkeeping. A new enrolment replaces it (see `saveEnrolment`). Joins the
 * caller's transaction when there is one.
 */
export function readClientId(db: CongKhaiDatabase): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get('clientId');
    if (typeof row?.value === 'string') return row.value;
    const clientId = crypto.randomUUID();
    await db.meta.put({ key: 'clientId', value: clientId });
    return clientId;
  });
}
