import { describe, expect, it } from 'vitest';
import { p14Agencies } from '../../../../shared/checklist/rules/p14-agencies.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p14Agencies', () => {
  it.each([
    [['Trường trung học cơ sở'], 'dat'],
    [['Không có thông tin', 'Trường trung học cơ sở'], 'dat'],
    [['Không có thông tin'], 'chua_dat'],
    [['Đang cập nhật…'], 'chua_dat'],
    [[''], 'chua_dat'],
    [[], 'chua_dat'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (texts, status) => {
    const result = p14Agencies.evaluate(withPart('agencies', texts ? [...texts] : undefined), {});
    expect(result.status).toBe(status);
    if (status === 'dat')
      expect(result.evidence).toEqual({
        text: 'Trường trung học cơ sở',
        at: expect.stringMatching(/^data\.agencies\[\d\]$/),
      });
  });
});
