import { describe, expect, it } from 'vitest';
import { p13Subjects } from '../../../../shared/checklist/rules/p13-subjects.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p13Subjects', () => {
  it.each([
    [['Công dân Việt Nam'], 'dat'],
    [['Không có thông tin', 'Công dân Việt Nam'], 'dat'],
    [['Không có thông tin'], 'chua_dat'],
    [['Đang cập nhật…'], 'chua_dat'],
    [[''], 'chua_dat'],
    [[], 'chua_dat'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (texts, status) => {
    const result = p13Subjects.evaluate(withPart('subjects', texts ? [...texts] : undefined), {});
    expect(result.status).toBe(status);
    if (status === 'dat')
      expect(result.evidence).toEqual({
        text: 'Công dân Việt Nam',
        at: expect.stringMatching(/^data\.subjects\[\d\]$/),
      });
  });
});
