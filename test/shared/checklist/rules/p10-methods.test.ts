import { describe, expect, it } from 'vitest';
import { p10Methods } from '../../../../shared/checklist/rules/p10-methods.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p10Methods', () => {
  it.each([
    [['Trực tiếp'], 'dat'],
    [['Không có thông tin', 'Trực tiếp'], 'dat'],
    [['Không có thông tin'], 'chua_dat'],
    [['Đang cập nhật…'], 'chua_dat'],
    [[''], 'chua_dat'],
    [[], 'chua_dat'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (texts, status) => {
    const result = p10Methods.evaluate(withPart('methods', texts ? [...texts] : undefined), {});
    expect(result.status).toBe(status);
    if (status === 'dat')
      expect(result.evidence).toEqual({
        text: 'Trực tiếp',
        at: expect.stringMatching(/^data\.methods\[\d\]$/),
      });
  });
});
