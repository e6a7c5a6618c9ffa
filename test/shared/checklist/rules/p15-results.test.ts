import { describe, expect, it } from 'vitest';
import { p15Results } from '../../../../shared/checklist/rules/p15-results.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p15Results', () => {
  it.each([
    [['Học sinh được tiếp nhận'], 'dat'],
    [['Không có thông tin', 'Học sinh được tiếp nhận'], 'dat'],
    [['Không có thông tin'], 'chua_dat'],
    [['Đang cập nhật…'], 'chua_dat'],
    [[''], 'chua_dat'],
    [[], 'chua_dat'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (texts, status) => {
    const result = p15Results.evaluate(withPart('results', texts ? [...texts] : undefined), {});
    expect(result.status).toBe(status);
    if (status === 'dat')
      expect(result.evidence).toEqual({
        text: 'Học sinh được tiếp nhận',
        at: expect.stringMatching(/^data\.results\[\d\]$/),
      });
  });
});
