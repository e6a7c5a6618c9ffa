import { describe, expect, it } from 'vitest';
import { portalJsonToFacts } from '../../../shared/adapters/portal-json.ts';
import { evaluateRules } from '../../../shared/checklist/evaluate-rules.ts';
import { portalResponse } from '../../fixtures/reference.ts';

const AUTO_CONTENT_ITEMS = ['P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P19'];

describe('rules over the real portal responses', () => {
  it.each(['2.000815', '1.001193.trimmed'] as const)('%s meets every content item, with evidence', (file) => {
    const results = evaluateRules(portalJsonToFacts(portalResponse(file), 'https://dichvucong.gov.vn/x'));
    expect(Object.keys(results)).toHaveLength(23);
    for (const id of AUTO_CONTENT_ITEMS) {
      expect(results[id]?.status, id).toBe('dat');
      expect(results[id]?.evidence?.at, id).toMatch(/^data\./);
    }
  });

  it.each([
    [
      '2.000815',
      {
        P03: 'dat',
        P16: 'dat',
        P17: 'khong_ap_dung',
        P18: 'dat',
        P20: 'khong_ap_dung',
        P21: 'chua_kiem_tra',
        P22: 'khong_ap_dung',
      },
    ],
    [
      '1.001193.trimmed',
      { P03: 'dat', P16: 'dat', P17: 'chua_dat', P18: 'chua_kiem_tra', P20: 'dat', P21: 'dat' },
    ],
  ] as const)('%s: the other page-decided items', (file, expected) => {
    const results = evaluateRules(portalJsonToFacts(portalResponse(file), 'https://dichvucong.gov.vn/x'));
    for (const [id, status] of Object.entries(expected)) expect(results[id]?.status, id).toBe(status);
  });

  it('names the JSON path that decided, and the section the portal prints it in', () => {
    const results = evaluateRules(portalJsonToFacts(portalResponse('2.000815'), 'u'));
    expect(results.P13?.evidence).toEqual({
      text: 'Công dân Việt Nam',
      at: 'data.subjectTypesDetails[0]',
      section: 'Đối tượng thực hiện',
    });
    expect(results.P12?.evidence?.text).toBe('1 ngày làm việc');
  });

  it('fails an item whose section is empty and leaves unknown parts unchecked', () => {
    const body = portalResponse('2.000815') as { data: Record<string, unknown> };
    const emptied = {
      ...body,
      data: { ...body.data, resultsDetails: [], legalBasisesDetails: [{ name: 'Đang cập nhật' }] },
    };
    const facts = portalJsonToFacts(emptied, 'u');
    const results = evaluateRules(facts);
    expect(results.P15?.status).toBe('chua_dat');
    expect(results.P19?.status).toBe('chua_dat');
    delete facts.parts.subjects;
    expect(evaluateRules(facts).P13?.status).toBe('chua_kiem_tra');
  });
});
