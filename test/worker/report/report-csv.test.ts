import { describe, expect, it } from 'vitest';
import { reportCsv, vietnamMinute } from '../../../worker/report/report-csv.ts';

const sheet = (rows: (string | number | { at: number } | null)[][]) =>
  reportCsv({
    name: 'x',
    columns: [
      { header: 'Đơn vị', kind: 'text' },
      { header: 'Số, "thủ tục"', kind: 'count' },
      { header: 'Lúc', kind: 'time' },
    ],
    rows,
  });

describe('reportCsv', () => {
  it('writes a byte order mark, CRLF line ends and RFC 4180 quoting', () => {
    expect(sheet([['Trường "Lê Lợi", cơ sở 2', 12.5, null]])).toBe(
      '\uFEFFĐơn vị,"Số, ""thủ tục""",Lúc\r\n"Trường ""Lê Lợi"", cơ sở 2",12.5,\r\n',
    );
  });

  it('keeps a name that starts like a formula as text', () => {
    expect(
      sheet([
        ['=HYPERLINK("http://x")', 1, null],
        ['-1+2', 2, null],
        ['@SUM(A1)', 3, null],
      ]),
    ).toContain(`\r\n"'=HYPERLINK(""http://x"")",1,\r\n'-1+2,2,\r\n'@SUM(A1),3,\r\n`);
  });

  it('writes a moment as the minute in Viet Nam, which Excel reads as a date', () => {
    expect(vietnamMinute(Date.UTC(2025, 11, 31, 17, 5))).toBe('2026-01-01 00:05');
    expect(sheet([['A', 0, { at: Date.UTC(2025, 11, 31, 17, 5) }]])).toContain(
      '\r\nA,0,2026-01-01 00:05\r\n',
    );
  });
});
