import { describe, expect, it } from 'vitest';
import { findPhoneNumber } from '../../../shared/text/find-phone-number.ts';

describe('findPhoneNumber', () => {
  it.each([
    ['Điện thoại: (028) 3987 6543', '(028) 3987 6543'],
    ['ĐT: 028.3898.1234.', '028.3898.1234'],
    ['điện thoại 028 3894 1234, email a@b.vn', '028 3894 1234'],
    ['Số máy 0283 898 1234 (giờ hành chính)', '0283 898 1234'],
    ['Đường dây nóng: 1900 1234.', '1900 1234'],
    ['Tổng đài 1800 123 456', '1800 123 456'],
    ['Gọi +84 28 3848 1234', '+84 28 3848 1234'],
    ['Gọi (+84) 28 3848 1234', '(+84) 28 3848 1234'],
    ['Di động: 0912 345 678 (cô Hoa)', '0912 345 678'],
    ['Điện thoại:02838981234', '02838981234'],
    ['028-3898-1234 hoặc 028 3898 5678', '028-3898-1234'],
  ])('finds the number in %j', (text, number) => {
    expect(findPhoneNumber(text)).toBe(number);
  });

  it.each([
    'Thứ Hai, 10/8/2026',
    'Mã thủ tục 2.002481 và 1.003702',
    'Lệ phí 100.000 đồng, hạn 05/9',
    'Thông tư 09/2024/TT-BGDĐT',
    'Từ 7 giờ 30 đến 11 giờ, phòng 028',
    'Số 3898 1234 (thiếu mã vùng)',
    'Năm học 2026-2027, 1900 học sinh',
    '',
  ])('finds none in %j', (text) => {
    expect(findPhoneNumber(text)).toBeNull();
  });
});
