import { describe, expect, it } from 'vitest';
import { portalJsonToFacts } from '../../../shared/adapters/portal-json.ts';
import { UnreadablePageError } from '../../../shared/adapters/unreadable-page-error.ts';
import { portalResponse } from '../../fixtures/reference.ts';

const URL = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-8e22-77ef-819f-e49460350904';

describe('portalJsonToFacts', () => {
  it('reads the complete response of 2.000815', () => {
    const facts = portalJsonToFacts(portalResponse('2.000815'), URL);
    expect(facts.code).toBe('2.000815');
    expect(facts.name).toMatch(/^Chứng thực bản sao từ bản chính/);
    expect(facts.decisionNumber).toBe('3152/QĐ-BTP');
    expect(facts.updatedAt).toBe(1776761890007);
    expect(facts.state).toBe('active');
    expect(facts.parts.methods?.map((m) => m.text)).toEqual(['Trực tiếp', 'Trực tiếp']);
    // processingTime is 0/OTHER in executionMethods: the adapter takes cases[].processingDay.
    expect(facts.parts.processingTime).toEqual([
      { text: '1 ngày làm việc', at: 'data.cases[0]', section: 'Thời hạn giải quyết' },
    ]);
    expect(facts.parts.fees?.map((f) => f.at)).toEqual([
      'data.executionMethods[0].fees[0]',
      'data.executionMethods[0].description',
      'data.executionMethods[1].fees[0]',
      'data.executionMethods[1].description',
    ]);
    expect(facts.parts.fees?.[0]?.text).toBe('2.000 Việt Nam Đồng /trang');
    expect(facts.decisionDate).toBe(1761843600000);
    expect(facts.parts.onlineService).toEqual([]);
    expect(facts.parts.receivingAddress).toEqual([]);
    expect(facts.parts.agencies?.[0]?.at).toBe('data.executingAgencies');
  });

  it('reads an agency given only as a unit group, and a zero fee as stated', () => {
    const facts = portalJsonToFacts(portalResponse('1.001193.trimmed'), URL);
    expect(facts.code).toBe('1.001193');
    expect(facts.parts.agencies).toEqual([
      { text: 'Ủy ban nhân dân cấp xã', at: 'data.unitGroupsExecuting[0]', section: 'Cơ quan thực hiện' },
    ]);
    expect(facts.parts.methods?.map((m) => m.text)).toEqual(['Trực tuyến', 'Dịch vụ bưu chính', 'Trực tiếp']);
    expect(facts.parts.fees?.[0]?.text).toBe('Không thu phí (0 đồng)');
    expect(facts.parts.dossier).toHaveLength(4);
    expect(facts.parts.onlineService?.[0]?.text).toBe('Dịch vụ công trực tuyến một phần');
  });

  it.each([
    ['an error answer', { code: 'ERROR', message: 'not found' }],
    ['an empty object', {}],
    ['a list', []],
    ['data without code or name', { code: 'OK', data: { state: 'UPDATED' } }],
    ['null', null],
  ])('refuses %s with UnreadablePageError', (_label, body) => {
    expect(() => portalJsonToFacts(body, URL)).toThrow(UnreadablePageError);
  });
});
