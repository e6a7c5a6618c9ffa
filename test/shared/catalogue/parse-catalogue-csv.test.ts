import { describe, expect, it } from 'vitest';
import { parseCatalogueCsv } from '../../../shared/catalogue/catalogue-entry.ts';
import { parseCsv } from '../../../shared/catalogue/parse-csv.ts';
import { readReference } from '../../fixtures/reference.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""\nthere"\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"\nthere'],
      ['1', '2', '3'],
    ]);
  });

  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('a,"b')).toThrow(SyntaxError);
  });
});

describe('parseCatalogueCsv', () => {
  it('reads the city education list', () => {
    const entries = parseCatalogueCsv(readReference('procedures-education-hcmc.csv'));
    expect(entries).toHaveLength(36);
    expect(entries[0]).toEqual({
      code: '2.002481',
      name: 'Chuyển trường đối với học sinh trung học cơ sở',
      field: 'Giáo dục trung học',
      level: 'xã',
    });
    expect(entries[1]?.code).toBeNull();
  });

  it.each([
    ['no header', ''],
    ['a missing column', 'code,name\n2.002481,x'],
    ['a malformed code', 'code,name,field,level\n2.0024,x,y,z'],
  ])('refuses %s', (_label, text) => {
    expect(() => parseCatalogueCsv(text)).toThrow(SyntaxError);
  });
});
