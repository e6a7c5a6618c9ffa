import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legacyPageToFacts } from '../../../extension/adapters/portal-legacy.ts';
import { UnreadablePageError } from '../../../shared/adapters/unreadable-page-error.ts';
import { evaluateRules } from '../../../shared/checklist/evaluate-rules.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';

const fixture = (name: string) =>
  parseHtml(readFileSync(new URL(`../../fixtures/corpus/portal-legacy/${name}`, import.meta.url), 'utf8'));
const URL_LEGACY =
  'https://thutuc.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.002481';

describe('legacyPageToFacts', () => {
  const facts = legacyPageToFacts(fixture('2.002481-complete.html'), URL_LEGACY);

  it('reads code, name and decision from the label/value table', () => {
    expect(facts.code).toBe('2.002481');
    expect(facts.name).toBe('Chuyển trường đối với học sinh trung học cơ sở');
    expect(facts.decisionNumber).toBe('1565/QĐ-BGDĐT');
    expect(facts.source.kind).toBe('portal-legacy');
  });

  it('reads the methods table by column, skipping its header row', () => {
    expect(facts.parts.methods?.map((e) => e.text)).toEqual(['Trực tiếp', 'Dịch vụ bưu chính']);
    expect(facts.parts.processingTime?.map((e) => e.text)).toEqual(['3 Ngày làm việc', '3 Ngày làm việc']);
    expect(facts.parts.fees?.map((e) => e.text)).toEqual(['Không', 'Không']);
  });

  it('reads dossier rows, their form links and the legal basis', () => {
    expect(facts.parts.dossier).toHaveLength(3);
    expect(facts.parts.forms?.map((e) => e.text)).toEqual(['Mẫu đơn xin chuyển trường.docx']);
    expect(facts.parts.legalBasis?.map((e) => e.text)).toEqual(['32/2020/TT-BGDĐT', '50/2021/TT-BGDĐT']);
  });

  it('keeps a placeholder value as the evidence of a missing part, named by its label as printed', () => {
    expect(facts.parts.receivingAddress).toEqual([
      {
        text: 'Không có thông tin',
        at: expect.stringContaining('#tthc-detail'),
        section: 'Địa chỉ tiếp nhận HS',
      },
    ]);
  });

  it('meets every content rule', () => {
    const results = evaluateRules(facts);
    for (const id of ['P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P19']) {
      expect(results[id]?.status, id).toBe('dat');
    }
    expect(results.P13?.evidence?.at).toMatch(/^#tthc-detail > /);
  });

  it('reads a layout of paragraphs with bold labels', () => {
    const doc = parseHtml(
      '<html><body><main><p><b>Mã thủ tục:</b> 1.001193</p><p><b>Tên thủ tục:</b> Đăng ký khai sinh</p><p><b>Đối tượng thực hiện:</b> Đang cập nhật</p></main></body></html>',
    );
    const paragraphs = legacyPageToFacts(doc, 'https://dichvucong.gov.vn/p/home/x.html');
    expect(paragraphs.code).toBe('1.001193');
    expect(paragraphs.name).toBe('Đăng ký khai sinh');
    expect(evaluateRules(paragraphs).P13?.status).toBe('chua_dat');
    expect(evaluateRules(paragraphs).P09?.status).toBe('chua_kiem_tra');
  });

  it('refuses a page without a procedure table', () => {
    expect(() => legacyPageToFacts(parseHtml('<p>Trang chủ</p>'), 'https://dichvucong.gov.vn/')).toThrow(
      UnreadablePageError,
    );
  });
});
