import { describe, expect, it } from 'vitest';
import { formalityId } from '../../../extension/scan/formality-id.ts';

describe('formalityId', () => {
  it.each([
    ['/thu-tuc-hanh-chinh/019d2bfd-8e22-77ef-819f-e49460350904', '019d2bfd-8e22-77ef-819f-e49460350904'],
    ['/thu-tuc-hanh-chinh/019d2bfd-8e22-77ef-819f-e49460350904/', '019d2bfd-8e22-77ef-819f-e49460350904'],
    ['/thu-tuc-hanh-chinh', null],
    ['/thu-tuc-hanh-chinh/tim-kiem?x=1', null],
    ['/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html', null],
  ])('%s → %s', (path, expected) => {
    expect(formalityId(path)).toBe(expected);
  });
});
