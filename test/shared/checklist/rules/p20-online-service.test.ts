import { describe, expect, it } from 'vitest';
import { p20OnlineService } from '../../../../shared/checklist/rules/p20-online-service.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describe('p20OnlineService', () => {
  it.each([
    ['a stated level', ['Dịch vụ công trực tuyến toàn trình'], ['Trực tuyến'], 'dat'],
    ['online without a level', [], ['Trực tiếp', 'Trực tuyến'], 'chua_dat'],
    ['a placeholder level', ['Không có thông tin'], ['Trực tuyến'], 'chua_dat'],
    ['no online method', [], ['Trực tiếp'], 'khong_ap_dung'],
    ['no methods listed', [], [], 'chua_kiem_tra'],
    ['methods unknown', undefined, undefined, 'chua_kiem_tra'],
  ] as const)('%s → %s', (_label, level, methods, status) => {
    const facts = withPart(
      'onlineService',
      level ? [...level] : undefined,
      withPart('methods', methods ? [...methods] : undefined),
    );
    expect(p20OnlineService.evaluate(facts, {}).status).toBe(status);
  });
});
