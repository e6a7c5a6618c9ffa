import { describe, expect, it } from 'vitest';
import {
  findProcedureCodes,
  isBaseCode,
  parseProcedureCode,
} from '../../../shared/procedure/procedure-code.ts';

describe('procedure codes', () => {
  it.each([
    ['2.002481', { base: '2.002481', suffix: null }],
    ['Mã thủ tục: 2.000815.01', { base: '2.000815', suffix: '01' }],
    ['1.000656.000.00.00.H29', { base: '1.000656', suffix: '000.00.00.H29' }],
    ['mã 12.345678;', { base: '12.345678', suffix: null }],
    ['version 3.0002481', null],
    ['không có mã', null],
  ])('parses %s', (text, expected) => {
    expect(parseProcedureCode(text)).toEqual(expected);
  });

  it('finds each base code once, in order', () => {
    expect(findProcedureCodes('2.002481, 1.001193.02 và 2.002481 lần nữa')).toEqual(['2.002481', '1.001193']);
  });

  it('recognises a bare base code only', () => {
    expect(isBaseCode('2.002481')).toBe(true);
    expect(isBaseCode('2.002481.01')).toBe(false);
  });
});
