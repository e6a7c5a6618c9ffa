import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ExtensionMessageSchema, isAllowedSender } from '../../../extension/messages/extension-message.ts';

const ID = 'pdilopegpfmagjekjkieecglomhocdnp';
const facts = {
  source: { kind: 'portal-json', url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x' },
  code: '2.000815',
  name: 'Chứng thực bản sao',
  state: 'active',
  decisionNumber: null,
  decisionDate: null,
  updatedAt: null,
  parts: { fees: [{ text: 'Miễn phí', at: 'data.fees[0]' }] },
};

describe('ExtensionMessageSchema', () => {
  it.each([
    [
      'a scan',
      {
        type: 'scan',
        url: 'https://x',
        facts,
        results: { P16: { status: 'dat', evidence: null, reason: { vi: 'r', en: 'r' } } },
      },
    ],
    ['a sync request', { type: 'sync-now' }],
    ['a forced sync request', { type: 'sync-now', force: true }],
    ['a language question', { type: 'get-language' }],
    [
      'a unit-site reading',
      {
        type: 'site-scan',
        url: 'https://truong.edu.vn',
        blocks: [{ text: 't', at: 'p', tag: 'p', links: [] }],
      },
    ],
  ])('accepts %s', (_, message) => {
    expect(v.safeParse(ExtensionMessageSchema, message).success).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['no type', { hello: 1 }],
    ['not an object', 'sync-now'],
    [
      'a scan with an unknown part',
      { type: 'scan', url: 'u', facts: { ...facts, parts: { colour: [] } }, results: {} },
    ],
    [
      'a scan with a bad status',
      {
        type: 'scan',
        url: 'u',
        facts,
        results: { P16: { status: 'great', evidence: null, reason: { vi: '', en: '' } } },
      },
    ],
    [
      'a scan with a result for no item',
      {
        type: 'scan',
        url: 'u',
        facts,
        results: { X1: { status: 'dat', evidence: null, reason: { vi: '', en: '' } } },
      },
    ],
    [
      'a scan whose reason is in one language only',
      { type: 'scan', url: 'u', facts, results: { P16: { status: 'dat', evidence: null, reason: 'r' } } },
    ],
    [
      'a huge page text',
      { type: 'site-scan', url: 'u', blocks: [{ text: 'x'.repeat(30_000), at: 'p', tag: 'p', links: [] }] },
    ],
  ])('refuses %s', (_, message) => {
    expect(v.safeParse(ExtensionMessageSchema, message).success).toBe(false);
  });
});

describe('isAllowedSender', () => {
  const sync = { type: 'sync-now' } as const;
  const scan = v.parse(ExtensionMessageSchema, { type: 'scan', url: 'u', facts, results: {} });

  it('takes messages only from this extension', () => {
    expect(isAllowedSender(sync, { id: ID }, ID)).toBe(true);
    expect(isAllowedSender(sync, { id: 'another-extension' }, ID)).toBe(false);
    expect(isAllowedSender(sync, {}, ID)).toBe(false);
  });

  it('takes page readings only from a content script in a tab', () => {
    expect(isAllowedSender(scan, { id: ID, tab: { id: 4 } }, ID)).toBe(true);
    expect(isAllowedSender(scan, { id: ID }, ID)).toBe(false);
  });

  it("takes the badge's request for the side panel only from a tab", () => {
    const open = { type: 'open-side-panel' } as const;
    expect(isAllowedSender(open, { id: ID, tab: { id: 4 } }, ID)).toBe(true);
    expect(isAllowedSender(open, { id: ID }, ID)).toBe(false);
  });
});
