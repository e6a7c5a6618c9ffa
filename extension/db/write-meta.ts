import type { CongKhaiDatabase, MetaKey, MetaValues } from './database.ts';

/** Sets `meta` values; `undefined` deletes the key. Several keys are written in one transaction. */
export async function writeMeta(db: CongKhaiDatabase, values: Partial<MetaValues>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    for (const [key, value] of Object.entries(values) as [MetaKey, unknown][]) {
      if (value === undefined) await db.meta.delete(key);
      else await db.meta.put({ key, value });
    }
  });
}
