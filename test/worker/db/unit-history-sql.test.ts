import { describe, expect, it } from 'vitest';
import { CONTENT } from '../../../shared/report/item-bits.ts';
import { unitHistoryBackfillSql } from '../../../worker/db/unit-history-sql.ts';
import migration from '../../../worker/migrations/0007_unit_history.sql?raw';
import recount from '../../../worker/migrations/0008_content_p08_p21.sql?raw';
import seed from '../../../worker/seed/demo.sql?raw';

/** Complete content's mask when 0007 ran: P08–P15. */
const CONTENT_0007 = 32640;

describe('unitHistoryBackfillSql', () => {
  it('is what the demo seed runs, word for word (SQL files cannot import it)', () => {
    expect(seed).toContain(unitHistoryBackfillSql());
  });

  it('is what migration 0007 ran, with complete content as it then was (P08–P15)', () => {
    const then = unitHistoryBackfillSql().replaceAll(
      `& ${CONTENT} = ${CONTENT}`,
      `& ${CONTENT_0007} = ${CONTENT_0007}`,
    );
    expect(migration).toContain(then);
  });

  it('is recounted by migration 0008 with the complete-content mask of today', () => {
    expect(recount).toContain(`l.met_mask & ${CONTENT} = ${CONTENT}`);
  });
});
