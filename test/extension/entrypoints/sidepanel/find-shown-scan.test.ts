import { describe, expect, it } from 'vitest';
import { saveScan } from '../../../../extension/db/save-scan.ts';
import { findShownScan } from '../../../../extension/entrypoints/sidepanel/find-shown-scan.ts';
import type { SourceKind } from '../../../../shared/procedure/procedure-facts.ts';
import { makeFacts } from '../../../fixtures/make-facts.ts';
import { freshDatabase } from '../../fresh-database.ts';

async function scan(
  db: ReturnType<typeof freshDatabase>,
  code: string,
  kind: SourceKind,
  tabId: number,
  at: number,
) {
  const url = `https://example.test/${kind}/${code}`;
  await saveScan(db, { facts: makeFacts({ code, source: { kind, url } }), results: {}, url, tabId }, at);
}

describe('findShownScan', () => {
  it('shows the latest scan of the ?code= procedure, whatever the page kind', async () => {
    const db = freshDatabase();
    await scan(db, '2.002481', 'portal-legacy', 1, 1_000);
    await scan(db, '2.002481', 'portal-hcmc', 2, 2_000);
    await scan(db, '2.000815', 'portal-json', 3, 3_000);
    expect(await findShownScan(db, 3, '2.002481')).toMatchObject({ kind: 'portal-hcmc' });
    await scan(db, '2.002481', 'portal-legacy', 1, 4_000);
    expect(await findShownScan(db, 3, '2.002481')).toMatchObject({ kind: 'portal-legacy' });
    expect(await findShownScan(db, 3, '9.999999')).toBeNull();
  });

  it('without a code, follows the active tab, else the most recent scan', async () => {
    const db = freshDatabase();
    await scan(db, '2.002481', 'portal-legacy', 1, 1_000);
    await scan(db, '2.000815', 'portal-json', 2, 2_000);
    expect(await findShownScan(db, 1, null)).toMatchObject({ code: '2.002481' });
    expect(await findShownScan(db, 7, null)).toMatchObject({ code: '2.000815' });
    expect(await findShownScan(db, null, null)).toMatchObject({ code: '2.000815' });
  });
});
