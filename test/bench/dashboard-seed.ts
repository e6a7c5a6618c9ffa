import { PROCEDURE_ITEMS, TEMPLATE_VERSION, UNIT_ITEMS } from '../../shared/checklist/checklist-items.ts';
import { sha256Hex } from '../../worker/crypto/sha256-hex.ts';
import { unitHistoryBackfillSql } from '../../worker/db/unit-history-sql.ts';
import { proceduresSql } from './seed-sql.ts';

/**
 * The dashboard bench's cluster (issue #9, deliver 5): 20 wards and 180 schools, each with the same
 * 300 procedures assigned and every P-item of each answered (200 × 300 × 23 = 1,380,000 answers),
 * plus the 15 unit items of each unit. Unit k (0-based) is `bench-wNN` below 20, else `bench-sNNN`.
 */
export const CLUSTER = 'bench-cluster';
export const WARDS = 20;
export const UNITS = 200;
export const PROCEDURES = 300;
export const P_ANSWERS = UNITS * PROCEDURES * PROCEDURE_ITEMS.length;
/** P-item answers per unit; its unit items take the versions after them. */
const PER_UNIT = PROCEDURES * PROCEDURE_ITEMS.length;

const DAY_MS = 86_400_000;
const unitIdSql = (k: string) =>
  `CASE WHEN ${k} < ${WARDS} THEN printf('bench-w%02d', ${k} + 1) ELSE printf('bench-s%03d', ${k} - ${WARDS - 1}) END`;
export const unitId = (k: number): string =>
  k < WARDS ? `bench-w${String(k + 1).padStart(2, '0')}` : `bench-s${String(k - WARDS + 1).padStart(3, '0')}`;
/** The ward unit k is (a ward) or sits in (a school). */
export const wardId = (k: number): string => unitId(k < WARDS ? k : k % WARDS);

const counting = (last: number) =>
  `WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${last})`;
const BIT = `(1 << (CAST(substr(item_id, 2) AS INTEGER) - 1))`;
const MET = `fields ->> '$.status' IN ('dat', 'khong_ap_dung')`;

/**
 * Answers from `cells` (unit u, procedure p, item k, all 0-based, with its status, check time
 * and version in the unit), fields and stamps as a device sends them: one HLC for every field.
 */
const answersFrom = (subject: string, itemId: string) => `
INSERT INTO answer (unit_id, subject, item_id, fields, clocks, version, deleted, updated_at)
SELECT ${unitIdSql('u')}, ${subject}, ${itemId},
  json_object('status', status, 'checkedBy', 'Máy đo hiệu năng', 'checkedAt', at, 'templateVersion', ${TEMPLATE_VERSION}),
  json_object('status', hlc, 'checkedBy', hlc, 'checkedAt', hlc, 'templateVersion', hlc), version, 0, at
FROM (SELECT *, printf('%015d:%05d:bench-seed', at, k) AS hlc FROM cells);`;

/**
 * The cluster, its units, procedures and answers, then the aggregates as pushes leave them
 * (worker/db/refresh-unit-summary.ts, here for every unit at once): each procedure's summary with
 * its item bits and last check (a trigger dates a copy today), three days of history per procedure
 * (the check, and 95 and 190 days before it with fewer items met), each unit's totals for every
 * day of that history, and each unit's summary. A procedure of every fifth is fully
 * met; elsewhere one item in 50 fails and one in 50 is not applicable; last checks spread over 120
 * days before `now`, so some are due a re-check. No string holds `;` (wrangler splits on it).
 */
export function dashboardSeedSql(now: number): string {
  const checkedAt = `(${now - 60_000} - ((u * 7 + p) % 120) * ${DAY_MS})`;
  const status = `CASE WHEN p % 5 = 0 THEN 'dat' WHEN (u * 31 + p * 17 + k * 7) % 50 = 0 THEN 'chua_dat'
    WHEN (u * 31 + p * 17 + k * 7) % 50 = 1 THEN 'khong_ap_dung' ELSE 'dat' END`;
  const history = (daysBefore: number, mask: number, answered: number) => `
INSERT OR REPLACE INTO procedure_history (unit_id, subject, day, answered, met_mask, fail_mask, checked_at)
SELECT unit_id, subject, date((checked_at - ${daysBefore * DAY_MS}) / 1000 + 7 * 3600, 'unixepoch'),
  min(answered, ${answered}), met_mask & ${mask}, fail_mask & ${mask}, checked_at - ${daysBefore * DAY_MS}
FROM procedure_summary WHERE unit_id GLOB 'bench-[ws]*';`;
  return `
INSERT INTO org_unit (id, kind, name, parent_id, valid_from) VALUES ('${CLUSTER}', 'cluster', 'Khu vực đo hiệu năng', NULL, '2025-07-01');
INSERT INTO org_link (unit_id, parent_id, valid_from) VALUES ('${CLUSTER}', NULL, '2025-07-01');
${counting(UNITS - 1)}
INSERT INTO org_unit (id, kind, name, parent_id, valid_from)
SELECT ${unitIdSql('i')}, CASE WHEN i < ${WARDS} THEN 'ward' ELSE 'school' END,
  CASE WHEN i < ${WARDS} THEN printf('Phường đo %d', i + 1) ELSE printf('Trường đo %d', i - ${WARDS - 1}) END,
  CASE WHEN i < ${WARDS} THEN '${CLUSTER}' ELSE printf('bench-w%02d', i % ${WARDS} + 1) END, '2025-07-01'
FROM n;
INSERT INTO org_link (unit_id, parent_id, valid_from)
SELECT id, parent_id, valid_from FROM org_unit WHERE id GLOB 'bench-[ws]*';
${proceduresSql(PROCEDURES)}
INSERT INTO assignment (unit_id, procedure_key)
SELECT u.id, p.key FROM org_unit u JOIN procedure p ON p.key GLOB 'bench-p*' WHERE u.id GLOB 'bench-[ws]*';
${counting(P_ANSWERS - 1)},
cells AS (SELECT u, p, k, ${status} AS status, ${checkedAt} AS at, i % ${PER_UNIT} + 1 AS version
  FROM (SELECT i, i / ${PER_UNIT} AS u, (i % ${PER_UNIT}) / 23 AS p, i % 23 AS k FROM n))
${answersFrom("printf('bench-p%04d', p + 1)", "printf('P%02d', k + 1)")}
${counting(UNITS * UNIT_ITEMS.length - 1)},
cells AS (SELECT u, p, k, CASE WHEN k = 1 THEN 'chua_dat' ELSE 'dat' END AS status, ${checkedAt} AS at,
    ${PER_UNIT} + k + 1 AS version
  FROM (SELECT i / ${UNIT_ITEMS.length} AS u, 0 AS p, i % ${UNIT_ITEMS.length} AS k FROM n))
${answersFrom("'_unit'", "printf('U%02d', k + 1)")}
INSERT INTO unit_counter (unit_id, version)
SELECT unit_id, max(version) FROM answer WHERE unit_id GLOB 'bench-[ws]*' GROUP BY unit_id;
INSERT INTO procedure_summary (unit_id, subject, answered, met, met_mask, fail_mask, checked_at)
SELECT unit_id, subject, count(*) FILTER (WHERE fields ->> '$.status' IS NOT NULL), count(*) FILTER (WHERE ${MET}),
  coalesce(sum(${BIT}) FILTER (WHERE ${MET}), 0),
  coalesce(sum(${BIT}) FILTER (WHERE fields ->> '$.status' = 'chua_dat'), 0), max(fields ->> '$.checkedAt')
FROM answer WHERE unit_id GLOB 'bench-[ws]*' GROUP BY unit_id, subject;
${history(0, 0x7fffff, 23)}
${history(95, 0xffff, 16)}
${history(190, 0xff, 8)}
${unitHistoryBackfillSql()}
INSERT INTO unit_summary (unit_id, procedures, complete, last_sync_at)
SELECT u.id, (SELECT count(*) FROM assignment WHERE unit_id = u.id),
  (SELECT count(*) FROM procedure_summary WHERE unit_id = u.id AND subject <> '_unit' AND met = 23),
  (SELECT max(updated_at) FROM answer WHERE unit_id = u.id)
FROM org_unit u WHERE u.id GLOB 'bench-[ws]*';`;
}

/**
 * A reviewer of the bench cluster signed in, as the sign-in form leaves it (rows written directly,
 * like test/worker/sign-in.ts): the account, its session (only the SHA-256 of the cookie's token is
 * stored) and the cookie a browser would send.
 */
export async function reviewerSessionSql(now: number): Promise<{ sql: string; cookie: string }> {
  const token = crypto.randomUUID().replaceAll('-', '');
  const hash = await sha256Hex(token);
  return {
    cookie: `ck_session=${token}`,
    sql: `
INSERT INTO account (id, username, display_name, role, cluster_id, password_hash, password_salt, password_iterations, created_at)
VALUES ('bench-reviewer', 'bench-reviewer', 'Cán bộ rà soát đo hiệu năng', 'viewer', '${CLUSTER}', '', 'AAAAAAAAAAAAAAAAAAAAAA==', 100000, ${now});
INSERT INTO session (token_hash, id, account_id, csrf_token, created_at, last_seen_at, expires_at)
VALUES ('${hash}', 'bench-session', 'bench-reviewer', 'bench-csrf', ${now}, ${now}, ${now + 12 * 3_600_000});`,
  };
}
