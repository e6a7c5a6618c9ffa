import { describe, expect, it } from 'vitest';
import { unitHistoryBackfillSql } from '../../../worker/db/unit-history-sql.ts';
import migration from '../../../worker/migrations/0007_unit_history.sql?raw';
import seed from '../../../worker/seed/demo.sql?raw';

describe('unitHistoryBackfillSql', () => {
  it('is what the migration and the demo seed run, word for word (SQL files cannot import it)', () => {
    expect(migration).toContain(unitHistoryBackfillSql());
    expect(seed).toContain(unitHistoryBackfillSql());
  });
});
