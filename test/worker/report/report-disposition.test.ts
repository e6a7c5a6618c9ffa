import { describe, expect, it } from 'vitest';
import { reportDisposition } from '../../../worker/report/report-disposition.ts';

describe('reportDisposition', () => {
  it('names the file after the cluster, without accents and in UTF-8', () => {
    expect(reportDisposition('Khu vực Gò Vấp', '2026-Q4', 'csv')).toBe(
      `attachment; filename="congkhai-khu-vuc-go-vap-2026-Q4.csv"; filename*=UTF-8''congkhai-Khu-v%E1%BB%B1c-G%C3%B2-V%E1%BA%A5p-2026-Q4.csv`,
    );
  });

  it('leaves quotes, separators and other scripts out of the plain name', () => {
    const header = reportDisposition('Cụm "A"; (Đông) / 東', '2026-Y', 'xlsx');

    expect(header).toMatch(/^attachment; filename="congkhai-cum-a-dong-2026-Y\.xlsx"; filename\*=UTF-8''/);
    expect(header.split("filename*=UTF-8''")[1]).toMatch(/^[A-Za-z0-9%._-]+$/);
  });
});
