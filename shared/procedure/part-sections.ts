import type { PartKey } from './procedure-facts.ts';

/**
 * The headings the portal prints for each part of a procedure (docs/product.md §3), as printed:
 * the name people are shown for where an excerpt was read when the page itself gave none (the
 * SPA's JSON carries no headings; its page prints these).
 */
export const PART_SECTIONS: Readonly<Record<PartKey, string>> = {
  name: 'Tên thủ tục',
  steps: 'Trình tự thực hiện',
  methods: 'Cách thức thực hiện',
  dossier: 'Thành phần hồ sơ',
  processingTime: 'Thời hạn giải quyết',
  subjects: 'Đối tượng thực hiện',
  agencies: 'Cơ quan thực hiện',
  receivingAddress: 'Địa chỉ tiếp nhận hồ sơ',
  results: 'Kết quả thực hiện',
  fees: 'Phí, lệ phí',
  forms: 'Mẫu đơn, tờ khai',
  requirements: 'Yêu cầu, điều kiện thực hiện',
  legalBasis: 'Căn cứ pháp lý',
  onlineService: 'Mức độ dịch vụ công trực tuyến',
};
