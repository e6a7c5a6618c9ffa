import { describe, expect, it } from 'vitest';
import { p14Agencies } from '../../../../shared/checklist/rules/p14-agencies.ts';
import { describePresenceRule } from '../../../fixtures/describe-presence-rule.ts';
import { withPart } from '../../../fixtures/make-facts.ts';

describePresenceRule(p14Agencies, 'agencies', 'Trường trung học cơ sở');

// The receiving address is no part of Decree 63/2010 Art. 8(2): it informs the reason, never the
// status (the decision is written down in p14-agencies.ts).
describe('P14 and the receiving address', () => {
  const agency = withPart('agencies', ['Ủy ban nhân dân cấp xã']);
  const address = 'Bộ phận một cửa, 19 Quang Trung, phường Gò Vấp';

  it('names the address when the page gives one', () => {
    const result = p14Agencies.evaluate(withPart('receivingAddress', [address], agency), {});
    expect(result.status).toBe('dat');
    expect(result.evidence?.text).toBe('Ủy ban nhân dân cấp xã');
    expect(result.reason.vi).toContain(address);
    expect(result.reason.en).toContain(`"${address}"`);
  });

  it.each([
    ['a placeholder', ['Đang cập nhật']],
    ['an empty field', ['']],
    ['no address list', []],
    ['no address field', undefined],
  ])('stays met with %s for an address, and says it is missing', (_label, texts) => {
    const result = p14Agencies.evaluate(withPart('receivingAddress', texts, agency), {});
    expect(result.status).toBe('dat');
    expect(result.reason.en).toMatch(/no address where dossiers are received/);
    expect(result.reason.vi).toMatch(/không ghi địa chỉ tiếp nhận hồ sơ/);
  });

  it('is not met by an address without an agency', () => {
    const noAgency = withPart('agencies', ['Không có thông tin']);
    expect(p14Agencies.evaluate(withPart('receivingAddress', [address], noAgency), {}).status).toBe(
      'chua_dat',
    );
  });
});
