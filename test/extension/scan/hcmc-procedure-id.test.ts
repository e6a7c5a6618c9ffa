import { describe, expect, it } from 'vitest';
import { hcmcProcedureId } from '../../../extension/scan/hcmc-procedure-id.ts';

describe('hcmcProcedureId', () => {
  it.each([
    ['/vi/procedure/detail/66a1b2c3d4e5f60718293a4b', '66a1b2c3d4e5f60718293a4b'],
    ['/en/procedure/detail/66A1B2C3D4E5F60718293A4B/', '66A1B2C3D4E5F60718293A4B'],
    ['/vi/procedure/search', null],
    ['/vi/procedure/detail/66a1b2c3', null],
    ['/vi/procedure/detail/66a1b2c3d4e5f60718293a4b/print', null],
    ['/fr/procedure/detail/66a1b2c3d4e5f60718293a4b', null],
    ['/', null],
  ])('%s → %s', (path, expected) => {
    expect(hcmcProcedureId(path)).toBe(expected);
  });
});
