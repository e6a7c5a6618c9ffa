import { describe, expect, it } from 'vitest';
import { p09Steps } from '../../../../shared/checklist/rules/p09-steps.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p09Steps', () => {
  it.each([
    [['Bước 1: nộp hồ sơ'], 'dat'],
    [['Không có thông tin', 'Bước 1: nộp hồ sơ'], 'dat'],
    [['Không có thông tin'], 'chua_dat'],
    [['Đang cập nhật…'], 'chua_dat'],
    [[''], 'chua_dat'],
    [[], 'chua_dat'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (texts, status) => {
    const result = p09Steps.evaluate(withPart('steps', texts ? [...texts] : undefined), {});
    expect(result.status).toBe(status);
    if (status === 'dat')
      expect(result.evidence).toEqual({
        text: 'Bước 1: nộp hồ sơ',
        at: expect.stringMatching(/^data\.steps\[\d\]$/),
      });
  });
});
