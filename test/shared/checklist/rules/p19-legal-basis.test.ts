import { describe, expect, it } from 'vitest';
import { p19LegalBasis } from '../../../../shared/checklist/rules/p19-legal-basis.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p19LegalBasis', () => {
  it.each([
    [['Thông tư 50/2021/TT-BGDĐT'], 'dat'],
    [['Không có thông tin', 'Thông tư 50/2021/TT-BGDĐT'], 'dat'],
    [['Không có thông tin'], 'chua_dat'],
    [['Đang cập nhật…'], 'chua_dat'],
    [[''], 'chua_dat'],
    [[], 'chua_dat'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (texts, status) => {
    const result = p19LegalBasis.evaluate(withPart('legalBasis', texts ? [...texts] : undefined), {});
    expect(result.status).toBe(status);
    if (status === 'dat')
      expect(result.evidence).toEqual({
        text: 'Thông tư 50/2021/TT-BGDĐT',
        at: expect.stringMatching(/^data\.legalBasis\[\d\]$/),
      });
  });
});
