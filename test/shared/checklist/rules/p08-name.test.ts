import { describe, expect, it } from 'vitest';
import { p08Name } from '../../../../shared/checklist/rules/p08-name.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p08Name', () => {
  it.each([
    [['Chuyển trường'], 'dat'],
    [['Không có thông tin', 'Chuyển trường'], 'dat'],
    [['Không có thông tin'], 'chua_dat'],
    [['Đang cập nhật…'], 'chua_dat'],
    [[''], 'chua_dat'],
    [[], 'chua_dat'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (texts, status) => {
    const result = p08Name.evaluate(withPart('name', texts ? [...texts] : undefined), {});
    expect(result.status).toBe(status);
    if (status === 'dat')
      expect(result.evidence).toEqual({
        text: 'Chuyển trường',
        at: expect.stringMatching(/^data\.name\[\d\]$/),
      });
  });
});
