import { describe, expect, it } from 'vitest';
import { p12ProcessingTime } from '../../../../shared/checklist/rules/p12-processing-time.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p12ProcessingTime', () => {
  it.each([
    [['3 ngày làm việc'], 'dat'],
    [['Không có thông tin', '3 ngày làm việc'], 'dat'],
    [['Không có thông tin'], 'chua_dat'],
    [['Đang cập nhật…'], 'chua_dat'],
    [[''], 'chua_dat'],
    [[], 'chua_dat'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (texts, status) => {
    const result = p12ProcessingTime.evaluate(withPart('processingTime', texts ? [...texts] : undefined), {});
    expect(result.status).toBe(status);
    if (status === 'dat')
      expect(result.evidence).toEqual({
        text: '3 ngày làm việc',
        at: expect.stringMatching(/^data\.processingTime\[\d\]$/),
      });
  });
});
