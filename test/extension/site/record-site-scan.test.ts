import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteBlocks } from '../../../extension/adapters/site-blocks.ts';
import type { CongKhaiDatabase } from '../../../extension/db/database.ts';
import { saveScan } from '../../../extension/db/save-scan.ts';
import { findSiteListing } from '../../../extension/site/find-site-listing.ts';
import { recordSiteScan } from '../../../extension/site/record-site-scan.ts';
import { parseCatalogueCsv } from '../../../shared/catalogue/catalogue-entry.ts';
import { evaluateRules } from '../../../shared/checklist/evaluate-rules.ts';
import { makeFacts } from '../../fixtures/make-facts.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';
import { readReference } from '../../fixtures/reference.ts';
import { freshDatabase } from '../fresh-database.ts';

const PAGE = 'https://thcstruongson.hcm.edu.vn/thu-tuc-hanh-chinh';
const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/corpus/unit-site/${name}.html`, import.meta.url), 'utf8');
const blocksOf = (name: string) => siteBlocks(parseHtml(fixture(name)));

/** A database holding the city's education catalogue, as a sync would have left it. */
async function withCatalogue(): Promise<CongKhaiDatabase> {
  const db = freshDatabase();
  const entries = parseCatalogueCsv(readReference('procedures-education-hcmc.csv'));
  await db.catalogue.bulkPut(entries.map((entry) => ({ key: entry.code ?? entry.name, ...entry })));
  return db;
}

describe('recordSiteScan', () => {
  it('finds the catalogue on a school page, stores it per page and answers the badge summary', async () => {
    const db = await withCatalogue();
    const summary = await recordSiteScan(
      db,
      { type: 'site-scan', url: `${PAGE}#danh-muc`, blocks: blocksOf('truong-son-tthc-table') },
      1000,
    );
    // 3.000182 has no portal link: the list is 2/3 linked, so U02 is left for a person (issue #8).
    expect(summary).toEqual({ listings: 3, linked: 2, unitItems: ['U04', 'U06', 'U12', 'U13'] });

    const [row] = await db.siteScans.toArray();
    expect(row).toMatchObject({ url: PAGE, capturedAt: 1000, codes: ['2.002481', '2.002855', '3.000182'] });
    expect(row?.unitItems.U06?.status).toBe('dat');
    expect(row?.unitItems.U09?.status).toBe('chua_kiem_tra');
    expect(row?.unitItems.U02?.reason.vi).toMatch(/^2\/3 thủ tục có liên kết Cổng DVC/);
  });

  it('gives P05 its site context: dat with a portal link, chua_dat without, as the corpus expects', async () => {
    const db = await withCatalogue();
    await recordSiteScan(db, { type: 'site-scan', url: PAGE, blocks: blocksOf('truong-son-tthc-table') });
    const catalogue = await db.catalogue.toArray();

    const site = await findSiteListing(db, '2.002481');
    expect(site).toMatchObject({
      url: PAGE,
      portalLink: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.002481',
      text: expect.stringContaining('2.002481'),
    });
    expect(evaluateRules(makeFacts(), { catalogue, site }).P05).toMatchObject({
      status: 'dat',
      evidence: { text: expect.stringContaining('Chuyển trường') },
    });

    const unlinked = await findSiteListing(db, '3.000182');
    expect(evaluateRules(makeFacts({ code: '3.000182' }), { catalogue, site: unlinked }).P05?.status).toBe(
      'chua_dat',
    );
    expect(await findSiteListing(db, '1.001193')).toBeNull();
  });

  it('re-judges P05 of a portal scan stored before the site page was read, and after it is gone', async () => {
    const db = await withCatalogue();
    const facts = makeFacts();
    await saveScan(db, { facts, results: evaluateRules(facts), url: facts.source.url, tabId: 3 });
    const p05 = async () => (await db.scans.get(['2.002481', 'portal-json']))?.results.P05?.status;
    expect(await p05()).toBe('chua_kiem_tra');

    await recordSiteScan(db, { type: 'site-scan', url: PAGE, blocks: blocksOf('truong-son-tthc-table') });
    expect(await p05()).toBe('dat');

    // The page no longer shows anything of the unit: its reading is dropped and P05 goes back.
    await recordSiteScan(db, {
      type: 'site-scan',
      url: PAGE,
      blocks: [{ text: 'Trang đang bảo trì', at: 'main', tag: 'p', links: [] }],
    });
    expect(await db.siteScans.count()).toBe(0);
    expect(await p05()).toBe('chua_kiem_tra');
  });

  it('prefers the page that links the procedure over a later one that only names it', async () => {
    const db = await withCatalogue();
    await recordSiteScan(db, { type: 'site-scan', url: PAGE, blocks: blocksOf('truong-son-tthc-table') }, 1);
    await recordSiteScan(
      db,
      {
        type: 'site-scan',
        url: 'https://thcstruongson.hcm.edu.vn/tin-tuc/tuyen-sinh',
        blocks: [{ text: 'Hướng dẫn thủ tục 2.002481 năm học mới', at: 'article > p', tag: 'p', links: [] }],
      },
      2,
    );
    expect((await findSiteListing(db, '2.002481'))?.url).toBe(PAGE);
  });

  it('refuses a page that is not on the web', async () => {
    const db = await withCatalogue();
    await expect(
      recordSiteScan(db, { type: 'site-scan', url: 'file:///tmp/x.html', blocks: [] }),
    ).rejects.toThrow('not a web page');
  });
});
