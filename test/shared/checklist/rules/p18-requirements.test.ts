import { describe, expect, it } from 'vitest';
import { p18Requirements } from '../../../../shared/checklist/rules/p18-requirements.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p18Requirements', () => {
  it.each([
    [['Học sinh chuyển trường trong thời gian nghỉ hè'], 'dat'],
    [['Không có thông tin'], 'chua_kiem_tra'],
    [[], 'chua_kiem_tra'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (texts, status) => {
    expect(
      p18Requirements.evaluate(withPart('requirements', texts ? [...texts] : undefined), {}).status,
    ).toBe(status);
  });
});
