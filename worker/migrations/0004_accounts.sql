-- Accounts, administration and hardening (docs/architecture.md §4–§5, decision 0009).

-- Where a unit sits in the tree, over time: a move closes one link and opens another, so a unit
-- that moved after the 2025 reorganisation keeps its history under its old parent. This table is
-- the one source of parents from now on; org_unit.parent_id/valid_from/valid_to are no longer read
-- (stored columns are never dropped in place, docs/style.md §3). Dates are ISO days; valid_to is
-- exclusive, NULL while current.
CREATE TABLE org_link (
  unit_id TEXT NOT NULL REFERENCES org_unit (id),
  parent_id TEXT REFERENCES org_unit (id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  PRIMARY KEY (unit_id, valid_from)
) WITHOUT ROWID;
CREATE INDEX org_link_parent ON org_link (parent_id, valid_from);
INSERT INTO org_link (unit_id, parent_id, valid_from, valid_to)
SELECT id, parent_id, valid_from, valid_to FROM org_unit;

-- Dashboard accounts. The password is kept as PBKDF2-SHA256 (WebCrypto) with a per-account salt
-- and its iteration count (worker/crypto/hash-password.ts). An admin administers one cluster; a
-- viewer (reviewer) reads one cluster. Failed sign-ins lock the account for a while.
CREATE TABLE account (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'viewer')),
  cluster_id TEXT NOT NULL REFERENCES org_unit (id),
  password_hash TEXT NOT NULL,
  password_salt TEXT NOT NULL,
  password_iterations INTEGER NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  disabled_at INTEGER,
  created_at INTEGER NOT NULL
);

-- Signed-in browsers. Only the SHA-256 of the cookie's random token is stored; the CSRF token of
-- the session is embedded in every form the session is shown.
CREATE TABLE session (
  token_hash TEXT PRIMARY KEY,
  -- What pages show and forms send to name a session (never the token or its hash).
  id TEXT NOT NULL UNIQUE,
  account_id TEXT NOT NULL REFERENCES account (id),
  csrf_token TEXT NOT NULL,
  user_agent TEXT,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX session_account ON session (account_id);

-- Enrolment codes an admin issues: an expiry and how many devices each may enrol (1 by default).
ALTER TABLE enrol_code ADD COLUMN max_devices INTEGER NOT NULL DEFAULT 1;
ALTER TABLE enrol_code ADD COLUMN enrolled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE enrol_code ADD COLUMN created_by TEXT REFERENCES account (id);
ALTER TABLE enrol_code ADD COLUMN revoked_at INTEGER;
UPDATE enrol_code SET enrolled = 1 WHERE used_at IS NOT NULL;
ALTER TABLE device ADD COLUMN enrol_code_hash TEXT;

-- Every admin action: who, what, when, before and after (JSON), shown on the audit page.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  account_id TEXT,
  action TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id TEXT,
  before TEXT,
  after TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);

-- A catalogue import between its preview and its confirmation: the rows as parsed and what each
-- will do. Applying it reads this, never the file again; a draft is good for an hour.
CREATE TABLE import_draft (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES account (id),
  unit_id TEXT NOT NULL REFERENCES org_unit (id),
  file_name TEXT NOT NULL,
  plan TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  applied_at INTEGER
);
