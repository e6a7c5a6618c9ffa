import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordScan } from '../../../extension/scan/record-scan.ts';
import { portalJsonToFacts } from '../../../shared/adapters/portal-json.ts';
import { evaluateRules } from '../../../shared/checklist/evaluate-rules.ts';
import { freshDatabase } from '../fresh-database.ts';

const REFERENCE = new URL('../../fixtures/reference/portal-api/2.000815.json', import.meta.url);
const URL_ = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-8e22-77ef-819f-e49460350904';

describe('recordScan', () => {
  it('stores the latest scan per code and kind, re-judged with the unit catalogue', async () => {
    const db = freshDatabase();
    const facts = portalJsonToFacts(JSON.parse(readFileSync(REFERENCE, 'utf8')), URL_);
    const message = { type: 'scan', url: URL_, facts, results: evaluateRules(facts) } as const;

    const first = await recordScan(db, message, 7);
    expect(first).toMatchObject({
      code: '2.000815',
      kind: 'portal-json',
      tabId: 7,
      hash: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    expect(first.results.P01?.status).toBe('chua_kiem_tra');

    await db.catalogue.put({
      key: '2.000815',
      code: '2.000815',
      name: facts.name ?? '',
      field: 'Giáo dục',
      level: 'Xã',
    });
    const second = await recordScan(db, message, 8);
    expect(second.results.P01?.status).toBe('dat');
    expect(second.hash).toBe(first.hash);
    expect(await db.scans.toArray()).toEqual([expect.objectContaining({ tabId: 8 })]);
  });
});
