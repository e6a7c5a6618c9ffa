import { describe, expect, it } from 'vitest';
import type { ScanRow } from '../../../extension/db/database.ts';
import { SCAN_RETENTION_MS, trimLocalData } from '../../../extension/db/trim-local-data.ts';
import { freshDatabase } from '../fresh-database.ts';

const NOW = Date.UTC(2026, 11, 1);
const scan = (code: string, capturedAt: number) =>
  ({ code, kind: 'portal-json', url: `https://x/${code}`, capturedAt, tabId: null }) as unknown as ScanRow;

describe('trimLocalData', () => {
  it('deletes old page readings once a day and keeps answers and recent readings', async () => {
    const db = freshDatabase();
    await db.scans.bulkPut([scan('old', NOW - SCAN_RETENTION_MS - 1), scan('new', NOW - 1000)]);
    await db.siteScans.put({
      url: 'https://old.site',
      capturedAt: NOW - SCAN_RETENTION_MS - 1,
      listings: [],
      unitItems: {},
      codes: [],
    });
    await db.answers.put({
      subject: 'old',
      itemId: 'P06',
      fields: { status: 'dat' },
      clocks: {},
      updatedAt: 1,
    });

    expect(await trimLocalData(db, NOW)).toBe(2);
    expect(await trimLocalData(db, NOW + 1000)).toBeNull();

    expect((await db.scans.toArray()).map((row) => row.code)).toEqual(['new']);
    expect(await db.siteScans.count()).toBe(0);
    expect(await db.answers.count()).toBe(1);
  });
});
