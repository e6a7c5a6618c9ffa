-- Photos that prove a posting (issue #8): the bytes live in R2 under `photos/<sha256>`, once, however
-- many times or units upload them; this table says which units may use (reference, read) each one.
CREATE TABLE photo (
  hash TEXT NOT NULL,
  unit_id TEXT NOT NULL REFERENCES org_unit (id),
  type TEXT NOT NULL CHECK (type IN ('image/jpeg', 'image/png', 'image/webp')),
  size INTEGER NOT NULL,
  uploaded_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (hash, unit_id)
) WITHOUT ROWID;
