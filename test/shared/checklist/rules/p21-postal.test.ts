import { describe, expect, it } from 'vitest';
import { p21Postal } from '../../../../shared/checklist/rules/p21-postal.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p21Postal', () => {
  it.each([
    [['Trực tiếp', 'Dịch vụ bưu chính'], 'dat'],
    [['Trực tiếp'], 'chua_kiem_tra'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (methods, status) => {
    expect(p21Postal.evaluate(withPart('methods', methods ? [...methods] : undefined), {}).status).toBe(
      status,
    );
  });
});
