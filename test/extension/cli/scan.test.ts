import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const reference = fileURLToPath(new URL('../../fixtures/reference/', import.meta.url));

function scan(...args: string[]) {
  const result = spawnSync(process.execPath, ['extension/cli/scan.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scan CLI', () => {
  it('prints the report of a saved portal response with the content items decided', () => {
    const { code, stdout } = scan(`${reference}portal-api/2.000815.json`);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.source).toEqual({ kind: 'portal-json', url: null });
    expect(report.procedures[0].code).toBe('2.000815');
    for (const id of ['P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P19']) {
      expect(report.procedures[0].items[id].status, id).toBe('dat');
    }
    expect(report.procedures[0].items.P08.reason).toEqual({
      vi: 'Có tên thủ tục.',
      en: 'The page states the procedure name.',
    });
  });

  it('detects a legacy page and checks it against a catalogue', () => {
    const { code, stdout } = scan(
      'test/fixtures/corpus/portal-legacy/2.002481-complete.html',
      '--url',
      'https://thutuc.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.002481',
      '--catalogue',
      `${reference}procedures-education-hcmc.csv`,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.source.kind).toBe('portal-legacy');
    expect(report.procedures[0]).toMatchObject({ code: '2.002481', inCatalogue: true });
  });

  it.each([
    ['a missing file', ['no-such-file.json'], /cannot read no-such-file\.json: ENOENT/],
    ['a file that is no page', ['wrangler.toml'], /neither JSON nor HTML/],
    ['broken JSON', ['package-lock.json', '--url', 'nope'], /--url is not a URL/],
    ['no file', [], /usage/],
  ])('exits 2 with one line for %s', (_label, args, message) => {
    const { code, stdout, stderr } = scan(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
