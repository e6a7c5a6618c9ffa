import { describe, expect, it } from 'vitest';
import { p16Fees } from '../../../../shared/checklist/rules/p16-fees.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p16Fees', () => {
  it.each([
    [['2.000 Việt Nam Đồng /trang'], 'dat'],
    [['Không'], 'dat'],
    [['Miễn phí'], 'dat'],
    [['Không thu phí (0 đồng)'], 'dat'],
    [['Không có thông tin'], 'chua_dat'],
    [[], 'chua_dat'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (texts, status) => {
    expect(p16Fees.evaluate(withPart('fees', texts ? [...texts] : undefined), {}).status).toBe(status);
  });
});
