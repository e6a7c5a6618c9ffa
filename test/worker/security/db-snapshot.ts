import { env } from 'cloudflare:workers';
import { sha256Hex } from '../../../worker/crypto/sha256-hex.ts';

/** Every D1 table a request could read into an answer or write: the security tests compare them all. */
export const SNAPSHOT_TABLES = [
  'answer',
  'change_log',
  'client',
  'device',
  'enrol_code',
  'account',
  'session',
  'org_unit',
  'org_link',
  'assignment',
  'audit_log',
  'procedure',
  'unit_counter',
  'unit_summary',
  'procedure_summary',
  'import_draft',
  'photo',
  'procedure_history',
  'unit_history',
  'cluster_setting',
  'review',
  'review_comment',
] as const;
type D1Table = (typeof SNAPSHOT_TABLES)[number];

/**
 * The photo bucket (R2 binding `PHOTOS`, worker/routes/photos.ts), compared as one more table:
 * the keys it holds. An object is written once under its content hash and never changed, so a
 * new key is the only write there is.
 */
export const PHOTO_BUCKET = 'r2:PHOTOS';
export type SnapshotTable = D1Table | typeof PHOTO_BUCKET;

/** Per table: `rows:sha256` of its rows (each as text, in the table's own order); for the bucket, of its keys. */
export type DbSnapshot = Record<SnapshotTable, string>;

/**
 * Narrows tables to what a check is about: the rows (an SQL condition and the values it binds)
 * or the columns (`{ columns }`, their names); for the bucket, keys left out (`{ except }`).
 */
export type SnapshotScope = Partial<
  Record<D1Table, readonly [condition: string, ...values: string[]] | { columns: string[] }>
> & { [PHOTO_BUCKET]?: { except: string[] } };

const columnsOf = new Map<D1Table, string[]>();

/** Each table's column names, read once (the schema does not change within a test file). */
async function tableColumns(): Promise<Map<D1Table, string[]>> {
  if (columnsOf.size === 0) {
    const results = await env.DB.batch(
      SNAPSHOT_TABLES.map((table) => env.DB.prepare('SELECT name FROM pragma_table_info(?1)').bind(table)),
    );
    for (const [i, table] of SNAPSHOT_TABLES.entries())
      columnsOf.set(
        table,
        (results[i]!.results as { name: string }[]).map((row) => row.name),
      );
  }
  return columnsOf;
}

/** Every key of the photo bucket, in the bucket's (lexicographic) order. */
export async function photoKeys(): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.PHOTOS.list(cursor ? { cursor } : {});
    keys.push(...page.objects.map((object) => object.key));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return keys;
}

/**
 * Everything the worker stores as one comparable value: row count and a hash of the rows of each
 * D1 table in {@link SNAPSHOT_TABLES} (each row as the SQL text of its values, `quote()`, so NULL,
 * numbers and text stay apart), and the keys of the photo bucket ({@link PHOTO_BUCKET}). `scope`
 * leaves out what a caller may legitimately write (see {@link outsideAccount}).
 *
 * @example expect(await dbSnapshot()).toEqual(before)
 */
export async function dbSnapshot(scope: SnapshotScope = {}): Promise<DbSnapshot> {
  const columns = await tableColumns();
  const results = await env.DB.batch(
    SNAPSHOT_TABLES.map((table) => {
      const narrowed = scope[table];
      const names = narrowed && 'columns' in narrowed ? narrowed.columns : columns.get(table)!;
      const [condition, ...values] = narrowed && !('columns' in narrowed) ? narrowed : [];
      const row = names.map((name) => `quote("${name}")`).join(" || ',' || ");
      // No ORDER BY: a full scan reads rows in rowid or primary-key order, which no read changes.
      const statement = env.DB.prepare(
        `SELECT count(*) AS n, group_concat(${row}, char(10)) AS text FROM ${table}${condition ? ` WHERE ${condition}` : ''}`,
      );
      return values.length > 0 ? statement.bind(...values) : statement;
    }),
  );
  const except = new Set(scope[PHOTO_BUCKET]?.except);
  const keys = (await photoKeys()).filter((key) => !except.has(key));
  const entries = await Promise.all([
    ...SNAPSHOT_TABLES.map(async (table, i) => {
      const { n, text } = results[i]!.results[0] as { n: number; text: string | null };
      return [table, `${n}:${await sha256Hex(text ?? '')}`] as const;
    }),
    (async () => [PHOTO_BUCKET, `${keys.length}:${await sha256Hex(keys.join('\n'))}`] as const)(),
  ]);
  return Object.fromEntries(entries) as DbSnapshot;
}

const COMPARED: SnapshotTable[] = [...SNAPSHOT_TABLES, PHOTO_BUCKET];

/** The tables (and the bucket) whose snapshot differs. */
export const changedTables = (before: DbSnapshot, after: DbSnapshot): SnapshotTable[] =>
  COMPARED.filter((table) => before[table] !== after[table]);

/** Everything but an account's own sessions, the accounts of its cluster and its audit entries. */
export const outsideAccount = (accountId: string, clusterId: string): SnapshotScope => ({
  session: ['account_id NOT IN (SELECT id FROM account WHERE cluster_id = ?1)', clusterId],
  account: ['cluster_id <> ?1', clusterId],
  audit_log: ['account_id IS NOT ?1', accountId],
});
