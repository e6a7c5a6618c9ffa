import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightTargets } from '../../../extension/highlight/highlight-targets.ts';
import { scanDocument } from '../../../extension/scan/scan-document.ts';
import { portalJsonToFacts } from '../../../shared/adapters/portal-json.ts';
import { evaluateRules } from '../../../shared/checklist/evaluate-rules.ts';
import type { RuleResult } from '../../../shared/checklist/rule.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';

const corpus = (path: string) =>
  readFileSync(new URL(`../../fixtures/corpus/${path}`, import.meta.url), 'utf8');
const LEGACY =
  'https://thutuc.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.002481';

describe('highlightTargets', () => {
  it('outlines, on a legacy page, the element each decided item was read from', () => {
    const doc = parseHtml(corpus('portal-legacy/2.002481-placeholders.html'));
    const scan = scanDocument(doc, LEGACY, 'portal-legacy');
    if (scan.state !== 'ok') throw new Error(scan.message.en);
    const targets = highlightTargets(doc, scan.results);

    const decided = Object.entries(scan.results).filter(
      ([, r]) => (r.status === 'dat' || r.status === 'chua_dat') && r.evidence?.at.includes('nth-of-type'),
    );
    expect(decided.length).toBeGreaterThan(3);
    for (const [id, result] of decided) {
      const target = targets.find((t) => t.itemId === id);
      expect(target?.status, id).toBe(result.status);
      expect(target?.element.textContent?.replace(/\s+/g, ' ').trim(), id).toContain(result.evidence?.text);
    }
    expect(targets.some((t) => t.status === 'chua_dat')).toBe(true);
  });

  it('finds, on the SPA page, the rendered text of evidence read from the portal JSON', () => {
    const json = JSON.parse(corpus('portal-json/2.000815-real.json'));
    const facts = portalJsonToFacts(json, 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x');
    const results = evaluateRules(facts);
    const subject = facts.parts.subjects?.[0]?.text ?? '';
    const doc = parseHtml(
      `<html><body><div id="root"><h1 id="name">${facts.name}</h1><section><h2>Đối tượng thực hiện</h2><p id="subject">${subject}</p></section></div></body></html>`,
    );
    const targets = highlightTargets(doc, results);
    expect(targets.find((t) => t.itemId === 'P08')?.element.id).toBe('name');
    expect(targets.find((t) => t.itemId === 'P13')?.element.id).toBe('subject');
    // P03's evidence is the page URL: nothing on the page to outline.
    expect(targets.find((t) => t.itemId === 'P03')).toBeUndefined();
  });

  it('leaves out items a person decides, items without evidence and invisible elements', () => {
    const doc = parseHtml('<html><body><p id="a">Trực tiếp</p><p id="b" hidden>Học sinh</p></body></html>');
    const results: Record<string, RuleResult> = {
      P06: {
        status: 'chua_kiem_tra',
        evidence: { text: 'Trực tiếp', at: 'data.x' },
        reason: { vi: '', en: '' },
      },
      P10: {
        status: 'dat',
        evidence: { text: 'Trực tiếp', at: 'data.executionMethods[0]' },
        reason: { vi: '', en: '' },
      },
      P12: { status: 'chua_dat', evidence: null, reason: { vi: '', en: '' } },
      P13: {
        status: 'dat',
        evidence: { text: 'Học sinh', at: 'data.subjectTypesDetails[0]' },
        reason: { vi: '', en: '' },
      },
      P14: { status: 'dat', evidence: { text: 'x', at: '#b' }, reason: { vi: '', en: '' } },
    };
    const targets = highlightTargets(doc, results, (element) => !element.hasAttribute('hidden'));
    expect(targets.map((t) => [t.itemId, t.status, t.element.id])).toEqual([['P10', 'dat', 'a']]);
  });
});
