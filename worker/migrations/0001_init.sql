-- CongKhai D1 schema v1 (ARCHITECTURE.md §4). Never edit once applied: add 0002_… instead.
-- Times are Unix milliseconds (the same unit as HLC wall time); dates of org-unit validity are ISO dates.

-- Clusters, wards and schools. Parent links carry validity dates because units merge and move
-- (Law 72/2025/QH15 abolished districts on 2025-07-01).
CREATE TABLE org_unit (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('cluster', 'ward', 'school')),
  name TEXT NOT NULL,
  parent_id TEXT REFERENCES org_unit (id),
  valid_from TEXT NOT NULL,
  valid_to TEXT
);
CREATE INDEX org_unit_parent ON org_unit (parent_id);

-- `key` is the sync subject: the base code (`2.002481`) or a stable local key when the code is unknown.
CREATE TABLE procedure (
  key TEXT PRIMARY KEY,
  code TEXT UNIQUE,
  name TEXT NOT NULL,
  field TEXT NOT NULL,
  level TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'abolished')),
  decision_no TEXT,
  portal_id TEXT
);

CREATE TABLE assignment (
  unit_id TEXT NOT NULL REFERENCES org_unit (id),
  procedure_key TEXT NOT NULL REFERENCES procedure (key),
  PRIMARY KEY (unit_id, procedure_key)
) WITHOUT ROWID;

-- One-time enrolment codes; only the SHA-256 of the code is stored (ARCHITECTURE.md §5).
CREATE TABLE enrol_code (
  code_hash TEXT PRIMARY KEY,
  unit_id TEXT NOT NULL REFERENCES org_unit (id),
  role TEXT NOT NULL DEFAULT 'editor',
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  device_id TEXT,
  created_at INTEGER NOT NULL
);

-- Only the SHA-256 of the bearer token is stored; revocation is a timestamp checked on every request.
CREATE TABLE device (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  unit_id TEXT NOT NULL REFERENCES org_unit (id),
  label TEXT,
  role TEXT NOT NULL DEFAULT 'editor',
  revoked_at INTEGER,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER
);
CREATE INDEX device_unit ON device (unit_id);

-- One row per extension install: the highest push seq acknowledged (idempotent replay).
CREATE TABLE client (
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES device (id),
  last_seq INTEGER NOT NULL DEFAULT 0
);

-- Current value of each checklist item: fields and per-field HLC stamps as JSON (shared/sync/answer-fields.ts).
-- `version` is server-wide and strictly increasing; pulls page by it, never by time.
CREATE TABLE answer (
  unit_id TEXT NOT NULL REFERENCES org_unit (id),
  subject TEXT NOT NULL,
  item_id TEXT NOT NULL,
  fields TEXT NOT NULL,
  clocks TEXT NOT NULL,
  version INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (unit_id, subject, item_id)
);
CREATE UNIQUE INDEX answer_unit_version ON answer (unit_id, version);

-- Append-only record of every acknowledged mutation, rejected ones included, so that a replayed push
-- answers with the status it got the first time. `lost` = 1 when every field lost last-writer-wins.
CREATE TABLE change_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  client_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  device_id TEXT NOT NULL,
  unit_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  item_id TEXT NOT NULL,
  hlc TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('applied', 'superseded', 'rejected')),
  reason TEXT,
  version INTEGER,
  old_fields TEXT,
  new_fields TEXT NOT NULL,
  lost_fields TEXT NOT NULL DEFAULT '[]',
  lost INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX change_log_client_seq ON change_log (client_id, seq);
CREATE INDEX change_log_row ON change_log (unit_id, subject, item_id);

-- Dashboard aggregates, rewritten in the same batch as each push so dashboard reads stay cheap.
CREATE TABLE unit_summary (
  unit_id TEXT PRIMARY KEY REFERENCES org_unit (id),
  procedures INTEGER NOT NULL DEFAULT 0,
  complete INTEGER NOT NULL DEFAULT 0,
  last_sync_at INTEGER
);

-- The last version handed out. A push checks it is unchanged since it read its state and bumps it in
-- the same batch; the CHECK makes a stale push fail its batch (optimistic concurrency, see worker/db/write-push.ts).
CREATE TABLE sync_counter (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL CHECK (version >= 0)
);
INSERT INTO sync_counter (id, version) VALUES (1, 0);
