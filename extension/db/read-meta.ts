import type { CongKhaiDatabase, MetaKey, MetaValues } from './database.ts';

/** One `meta` value, typed by its key; undefined when never written. */
export async function readMeta<K extends MetaKey>(
  db: CongKhaiDatabase,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}
