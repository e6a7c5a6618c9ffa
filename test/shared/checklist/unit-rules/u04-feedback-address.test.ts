import { describe, expect, it } from 'vitest';
import { u04FeedbackAddress } from '../../../../shared/checklist/unit-rules/u04-feedback-address.ts';
import type { SiteBlock } from '../../../../shared/site/site-block.ts';

const block = (at: string, text: string, tag: string): SiteBlock => ({ text, at, tag, links: [] });

describe('u04FeedbackAddress', () => {
  it.each([
    '(028) 3987 6543',
    '028.3898.1234',
    '0283 898 1234',
    '1900 1234',
    '+84 28 3848 1234',
    'phananh@thcs.hcm.edu.vn',
  ])('finds a feedback contact written %s in the same block', (contact) => {
    const result = u04FeedbackAddress.evaluate(
      [block('footer > p:nth-of-type(1)', `Tiếp nhận phản ánh, kiến nghị: ${contact}`, 'p')],
      [],
    );
    expect(result.status).toBe('dat');
  });

  it('reads the heading and the paragraph under it as one section', () => {
    const result = u04FeedbackAddress.evaluate(
      [
        block(
          '#content > section:nth-of-type(1) > h2:nth-of-type(1)',
          'Địa chỉ tiếp nhận phản ánh, kiến nghị',
          'h2',
        ),
        block(
          '#content > section:nth-of-type(1) > p:nth-of-type(1)',
          'Trường THCS Trường Sơn, phường Hạnh Thông',
          'p',
        ),
        block('#content > section:nth-of-type(1) > p:nth-of-type(2)', 'Điện thoại: (028) 3987 6543', 'p'),
      ],
      [],
    );
    expect(result.status).toBe('dat');
    expect(result.evidence).toEqual({
      text: 'Địa chỉ tiếp nhận phản ánh, kiến nghị Trường THCS Trường Sơn, phường Hạnh Thông Điện thoại: (028) 3987 6543',
      at: '#content > section:nth-of-type(1) > h2:nth-of-type(1)',
      section: 'Địa chỉ tiếp nhận phản ánh, kiến nghị',
    });
  });

  it('does not pair a feedback heading with a phone in another part of the page', () => {
    const result = u04FeedbackAddress.evaluate(
      [
        block('main > section:nth-of-type(1) > h2:nth-of-type(1)', 'Phản ánh, kiến nghị', 'h2'),
        block('main > section:nth-of-type(1) > p:nth-of-type(1)', 'Xin gửi về nhà trường.', 'p'),
        block('main > section:nth-of-type(2) > p:nth-of-type(1)', 'Điện thoại: 028 3894 1234', 'p'),
      ],
      [],
    );
    expect(result.status).toBe('chua_kiem_tra');
  });

  it('does not take a date or a procedure code for a phone number', () => {
    const result = u04FeedbackAddress.evaluate(
      [block('p', 'Phản ánh, kiến nghị về thủ tục 2.002481 nhận đến ngày 10/08/2026.', 'p')],
      [],
    );
    expect(result.status).toBe('chua_kiem_tra');
  });
});
