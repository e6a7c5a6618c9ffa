import { beforeEach, describe, expect, it } from 'vitest';
import { PROCEDURE_ITEMS } from '../../../shared/checklist/checklist-items.ts';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import { seedDemo } from '../seed-demo.ts';
import { type Browser, seedTestCluster, signedIn } from '../sign-in.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';

/** The text of the `complete` cell of a unit's row, read through the hooks the e2e test relies on. */
const completeCell = (html: string, unitId: string): string | undefined => {
  const row = new RegExp(`<tr[^>]*data-unit="${unitId}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1];
  return row && /<td[^>]*data-col="complete"[^>]*>([^<]*)<\/td>/.exec(row)?.[1];
};

let reviewer: Browser;
const page = async (path = '/') => {
  const response = await reviewer.get(path);
  return { status: response.status, type: response.headers.get('Content-Type'), html: await response.text() };
};

describe('GET / (cluster dashboard)', () => {
  beforeEach(async () => {
    await seedDemo();
    reviewer = await signedIn('viewer', 'khu-vuc-go-vap');
  });

  it('lists every ward and school of the first cluster with its figures', async () => {
    const { status, type, html } = await page();

    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
    expect(html).toMatch(/<h1>[^<]*Khu vực Gò Vấp[^<]*<\/h1>/);
    // Rows of the table (the list of changes since the last report names units too).
    expect([...html.matchAll(/<tr[^>]*data-unit="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([
      'phuong-an-hoi-dong',
      'phuong-an-hoi-tay',
      'phuong-an-nhon',
      'phuong-go-vap',
      'phuong-hanh-thong',
      'phuong-thong-tay-hoi',
      'thcs-nguyen-du',
      'thcs-phan-tay-ho',
      'thcs-quang-trung',
      'thcs-truong-son',
    ]);
    expect(completeCell(html, 'thcs-truong-son')).toBe('1/9 (11 %)');
    expect(completeCell(html, 'phuong-hanh-thong')).toBe('1/35 (2,9 %)');
    expect(completeCell(html, 'thcs-nguyen-du')).toBe('0/9 (0 %)');
    expect(html).toContain('Chưa đồng bộ');
  });

  it('counts one more complete procedure after a device answers the last missing item', async () => {
    const before = completeCell((await page('/?cluster=khu-vuc-go-vap')).html, 'phuong-go-vap');
    const enrol = await workerFetch('/api/v1/devices/enroll', jsonInit('POST', { code: 'DEMO-GOVAP' }));
    const { token } = (await enrol.json()) as { token: string };

    const push = await workerFetch(
      '/api/v1/sync/push',
      jsonInit(
        'POST',
        {
          v: 1,
          clientId: 'dashboard-test',
          mutations: [
            {
              seq: 1,
              unitId: 'phuong-go-vap',
              subject: '2.000815',
              itemId: 'P06',
              fields: { status: 'dat' },
              hlc: encodeHlc({ wall: Date.now(), counter: 0, node: 'dashboard-test' }),
            },
          ],
        },
        token,
      ),
    );
    const after = await page('/?cluster=khu-vuc-go-vap');

    expect(push.status).toBe(200);
    expect(before).toBe('0/35 (0 %)');
    expect(completeCell(after.html, 'phuong-go-vap')).toBe('1/35 (2,9 %)');
    const row = /<tr[^>]*data-unit="phuong-go-vap"[^>]*>([\s\S]*?)<\/tr>/.exec(after.html)?.[1] ?? '';
    expect(row).not.toContain('Chưa đồng bộ');
    expect(row).toMatch(/<time dateTime="\d{4}-\d\d-\d\dT/i);
  });

  it('shows only the account’s own cluster, whatever the query asks for', async () => {
    const cluster = await seedTestCluster();
    const other = await signedIn('viewer', cluster.clusterId);
    const response = await other.get('/?cluster=khu-vuc-go-vap');

    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain(`data-unit="${cluster.wardId}"`);
    expect(html).not.toContain('data-unit="thcs-truong-son"');
  });

  it('sends a browser without a session to the sign-in page, and back afterwards', async () => {
    const response = await workerFetch('/?cluster=x', { redirect: 'manual' });

    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/login?next=%2F%3Fcluster%3Dx');
  });

  it('speaks English when asked, and says so in <html lang>', async () => {
    const { html } = await page('/?lang=en');

    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain('Fully published');
    expect(html).not.toContain('Công khai đầy đủ');
  });

  it('agrees with the P-item count of the checklist', () => {
    // The seed and summary SQL assume 23 P-items; a new item must update both (and bump the template).
    expect(PROCEDURE_ITEMS).toHaveLength(23);
  });
});
