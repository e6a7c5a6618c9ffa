import { describe, expect, it } from 'vitest';
import { p17Forms } from '../../../../shared/checklist/rules/p17-forms.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p17Forms', () => {
  it.each([
    ['a downloadable form', ['Mẫu đơn.docx'], ['Đơn xin chuyển trường'], 'dat'],
    ['a form without a file', [], ['Đơn xin chuyển trường'], 'chua_dat'],
    ['a declaration without a file', [], ['Tờ khai đăng ký khai sinh theo mẫu'], 'chua_dat'],
    ['no form in the dossier', [], ['Học bạ (bản chính)'], 'khong_ap_dung'],
    ['a paper of the unit, not a form', [], ['Văn bản đề nghị của đơn vị'], 'khong_ap_dung'],
    ['a bare "Đơn" line without a file', [], ['- Đơn của cha mẹ học sinh'], 'chua_dat'],
    ['a numbered form without a file', [], ['Giấy đề nghị theo Mẫu số 01'], 'chua_dat'],
    ['a placeholder instead of a file', ['Không có thông tin'], ['Đơn xin chuyển trường'], 'chua_dat'],
    ['no dossier information', undefined, undefined, 'chua_kiem_tra'],
  ] as const)('%s → %s', (_label, forms, dossier, status) => {
    const facts = withPart(
      'forms',
      forms ? [...forms] : undefined,
      withPart('dossier', dossier ? [...dossier] : undefined),
    );
    expect(p17Forms.evaluate(facts, {}).status).toBe(status);
  });
});
