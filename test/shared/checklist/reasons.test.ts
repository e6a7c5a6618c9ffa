import { describe, expect, it } from 'vitest';
import type { RuleContext } from '../../../shared/checklist/rule.ts';
import { RULES } from '../../../shared/checklist/rules/index.ts';
import { UNIT_RULES } from '../../../shared/checklist/unit-rules/index.ts';
import type { PartKey, ProcedureFacts } from '../../../shared/procedure/procedure-facts.ts';
import type { SiteListing } from '../../../shared/site/find-catalogue-procedures.ts';
import type { SiteBlock } from '../../../shared/site/site-block.ts';
import { expectBilingual, vietnameseOutsideQuotes } from '../../fixtures/expect-bilingual.ts';
import { makeFacts } from '../../fixtures/make-facts.ts';

const PARTS: PartKey[] = [
  'name',
  'steps',
  'methods',
  'dossier',
  'processingTime',
  'subjects',
  'agencies',
  'receivingAddress',
  'results',
  'fees',
  'forms',
  'requirements',
  'legalBasis',
  'onlineService',
];

/** Every part set to the same texts (`undefined`: the page does not show it). */
const allParts = (texts: string[] | undefined): ProcedureFacts['parts'] =>
  texts === undefined
    ? {}
    : Object.fromEntries(
        PARTS.map((part) => [part, texts.map((text, i) => ({ text, at: `data.${part}[${i}]` }))]),
      );

const real = allParts(['Trường trung học cơ sở']);
const FACTS: [string, ProcedureFacts][] = [
  ['no part shown', makeFacts()],
  ['every part real', makeFacts({ parts: real })],
  ['every part a placeholder', makeFacts({ parts: allParts(['Không có thông tin']) })],
  ['every part empty', makeFacts({ parts: allParts([]) })],
  [
    'online without a level, a form without a file',
    makeFacts({
      parts: {
        ...real,
        methods: [{ text: 'Trực tuyến', at: 'm' }],
        onlineService: [],
        forms: [],
        dossier: [{ text: 'Đơn đề nghị chuyển trường', at: 'd' }],
      },
    }),
  ],
  [
    'no online method',
    makeFacts({ parts: { ...real, methods: [{ text: 'Trực tiếp', at: 'm' }], onlineService: [] } }),
  ],
  ['abolished', makeFacts({ state: 'abolished' })],
  [
    'state unknown',
    makeFacts({ state: 'unknown', decisionNumber: null, decisionDate: null, updatedAt: null }),
  ],
  [
    'city portal',
    makeFacts({ source: { kind: 'portal-hcmc', url: 'https://dichvucong.hochiminhcity.gov.vn/x' } }),
  ],
  [
    'unit website, no code or name',
    makeFacts({ source: { kind: 'unit-site', url: '' }, code: null, name: null }),
  ],
];

const site = (portalLink: string | null, linksToProcedure: boolean): RuleContext['site'] => ({
  url: 'https://thcs.hcm.edu.vn/tthc',
  at: 'tr',
  text: '2.002481 Chuyển trường đối với học sinh trung học cơ sở',
  portalLink,
  linksToProcedure,
});
const CONTEXTS: [string, RuleContext][] = [
  ['nothing known', {}],
  [
    'a catalogue with the same name',
    { catalogue: [{ code: '2.002481', name: 'Chuyển trường đối với học sinh THCS' }] },
  ],
  ['a catalogue naming it otherwise', { catalogue: [{ code: '2.002481', name: 'Tiếp nhận học sinh' }] }],
  ['a catalogue without it', { catalogue: [{ code: '1.001193', name: 'Đăng ký khai sinh' }] }],
  ['parts changed since the answers', { changedSinceAnswers: ['fees', 'steps', 'decisionNumber'] }],
  ['posted before the decision', { postedAt: Date.UTC(2025, 0, 1) }],
  ['posted after the decision', { postedAt: Date.UTC(2026, 0, 1) }],
  ['listed on the site without a link', { site: site(null, false) }],
  ['listed with a portal home link', { site: site('https://dichvucong.gov.vn/', false) }],
  ['listed with a procedure link', { site: site('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x', true) }],
];

const block = (text: string, tag = 'p', links: SiteBlock['links'] = []): SiteBlock => ({
  text,
  at: `main > ${tag}`,
  tag,
  links,
});
const listing = (code: string, linked: boolean): SiteListing => ({
  key: code,
  code,
  name: 'Chuyển trường đối với học sinh trung học cơ sở',
  matchedBy: 'code',
  at: 'tr',
  text: `${code} Chuyển trường`,
  portalLink: linked
    ? `https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${code}`
    : null,
  linksToProcedure: linked,
});
const PAGES: [string, SiteBlock[], SiteListing[]][] = [
  ['an empty page', [], []],
  [
    'a page with every unit item',
    [
      block('Biểu mẫu', 'a'),
      block('Công khai theo Thông tư 09/2024/TT-BGDĐT', 'h2'),
      block('Lịch tiếp công dân: sáng thứ Ba'),
      block('Tiếp nhận phản ánh, kiến nghị: điện thoại 028 3894 1234'),
      block('Nộp hồ sơ trực tuyến bằng tài khoản VNeID'),
      block('Nhận và trả hồ sơ qua dịch vụ bưu chính công ích'),
    ],
    [listing('2.002481', true), listing('2.002855', true)],
  ],
  ['a list partly linked', [], [listing('2.002481', true), listing('3.000182', false)]],
  ['a list without links', [], [listing('3.000182', false)]],
];

// Issue #8, "words for people": every automatic reason reaches people in Vietnamese and English.
describe('reasons in both languages', () => {
  it.each(FACTS)('every P-rule explains itself in both languages: %s', (_label, facts) => {
    for (const [context, ruleContext] of CONTEXTS) {
      for (const rule of RULES) {
        const { reason } = rule.evaluate(facts, ruleContext);
        expectBilingual(reason, `${rule.id} with ${context}`);
        // Facts and contexts here quote nothing the same in both: equal texts are untranslated.
        expect(reason.en, `${rule.id} with ${context}`).not.toBe(reason.vi);
      }
    }
  });

  it.each(PAGES)('every unit rule explains itself in both languages: %s', (_label, blocks, listings) => {
    for (const rule of UNIT_RULES) {
      const { reason } = rule.evaluate(blocks, listings);
      expectBilingual(reason, rule.id);
      expect(reason.en, rule.id).not.toBe(reason.vi);
    }
  });

  it('flags Vietnamese left in an English reason, but not page text quoted in it', () => {
    expect(vietnameseOutsideQuotes('The fees are missing.')).toEqual([]);
    expect(vietnameseOutsideQuotes('The name differs from the catalogue\'s: "Chuyển trường".')).toEqual([]);
    expect(vietnameseOutsideQuotes('Thiếu phí, lệ phí.')).toEqual(['Thiếu', 'phí,', 'lệ', 'phí.']);
    expect(vietnameseOutsideQuotes('Code đ1')).toEqual(['đ1']);
  });
});
