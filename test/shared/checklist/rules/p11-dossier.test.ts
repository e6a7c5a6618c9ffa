import { describe, expect, it } from 'vitest';
import { p11Dossier } from '../../../../shared/checklist/rules/p11-dossier.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p11Dossier', () => {
  it.each([
    [['Đơn xin chuyển trường — bản chính: 1'], 'dat'],
    [['Không có thông tin', 'Đơn xin chuyển trường — bản chính: 1'], 'dat'],
    [['Không có thông tin'], 'chua_dat'],
    [['Đang cập nhật…'], 'chua_dat'],
    [[''], 'chua_dat'],
    [[], 'chua_dat'],
    [undefined, 'chua_kiem_tra'],
  ] as const)('%j → %s', (texts, status) => {
    const result = p11Dossier.evaluate(withPart('dossier', texts ? [...texts] : undefined), {});
    expect(result.status).toBe(status);
    if (status === 'dat')
      expect(result.evidence).toEqual({
        text: 'Đơn xin chuyển trường — bản chính: 1',
        at: expect.stringMatching(/^data\.dossier\[\d\]$/),
      });
  });
});
