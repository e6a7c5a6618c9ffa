-- Sync you can bet a district's record on (docs/architecture.md §3, decision 0008).

-- Versions are handed out per unit: one unit's pushes never contend with another's. A push checks
-- its unit's counter is unchanged since it read its state and raises it in the same batch; the
-- CHECK makes a stale push fail its batch (optimistic concurrency, worker/db/write-push.ts).
-- Existing versions were unique server-wide, so each unit's continue from its own highest.
CREATE TABLE unit_counter (
  unit_id TEXT PRIMARY KEY REFERENCES org_unit (id),
  version INTEGER NOT NULL CHECK (version >= 0)
) WITHOUT ROWID;
INSERT INTO unit_counter (unit_id, version)
SELECT unit_id, max(version) FROM answer GROUP BY unit_id;
DROP TABLE sync_counter;

-- When a client last pushed; the retention job reads it (worker/db/prune-retention.ts).
ALTER TABLE client ADD COLUMN last_push_at INTEGER;

-- Retention (rejected entries age out) and an answer's history (newest first) read by time.
CREATE INDEX change_log_created ON change_log (created_at);
DROP INDEX change_log_row;
CREATE INDEX change_log_row ON change_log (unit_id, subject, item_id, id);
