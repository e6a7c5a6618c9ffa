import type { PartKey } from '../../shared/procedure/procedure-facts.ts';
import { normalizeVi } from '../../shared/text/normalize-vi.ts';

/**
 * The labels of the national procedure database's detail pages (docs/product.md §3), loose-normalised,
 * and what each one feeds. Tables inside a value (methods, dossier, legal basis) are read by
 * column; the city portal prints the same labels.
 */
export type LegacyField = PartKey | 'code' | 'decisionNumber' | 'status';

const LABELS: [string, LegacyField][] = [
  ['Mã thủ tục', 'code'],
  ['Số quyết định', 'decisionNumber'],
  ['Tên thủ tục', 'name'],
  ['Trình tự thực hiện', 'steps'],
  ['Cách thức thực hiện', 'methods'],
  ['Thành phần hồ sơ', 'dossier'],
  ['Thời hạn giải quyết', 'processingTime'],
  ['Đối tượng thực hiện', 'subjects'],
  ['Cơ quan thực hiện', 'agencies'],
  ['Cơ quan có thẩm quyền', 'agencies'],
  ['Địa chỉ tiếp nhận HS', 'receivingAddress'],
  ['Địa chỉ tiếp nhận hồ sơ', 'receivingAddress'],
  ['Kết quả thực hiện', 'results'],
  ['Phí, lệ phí', 'fees'],
  ['Lệ phí', 'fees'],
  ['Căn cứ pháp lý', 'legalBasis'],
  ['Yêu cầu, điều kiện thực hiện', 'requirements'],
  ['Yêu cầu, điều kiện', 'requirements'],
  ['Tình trạng', 'status'],
  ['Trạng thái', 'status'],
  ['Tình trạng hiệu lực', 'status'],
  ['Mức độ dịch vụ công', 'onlineService'],
  ['Mức độ DVC trực tuyến', 'onlineService'],
  ['Mức độ dịch vụ công trực tuyến', 'onlineService'],
];

const DIGIT = /\d/;

const BY_LABEL = new Map(LABELS.map(([label, field]) => [normalizeVi(label, { loose: true }), field]));
/** Labels as printed, lower-cased: most pages print them exactly, which needs no loose pass. */
const EXACT = new Map(LABELS.map(([label, field]) => [label.toLowerCase(), field]));
const SHORTEST = Math.min(...LABELS.map(([label]) => label.length));

/** The field a label cell names (`"Mã thủ tục:"` → `code`), or undefined for any other text. */
export function legacyField(text: string): LegacyField | undefined {
  // No label has a digit, and most short values do ("3 ngày làm việc", "Bước 2: …"): those skip
  // the loose normalisation, the costliest step on pages with hundreds of rows (issue #3).
  if (text.length > 60 || text.length < SHORTEST || DIGIT.test(text)) return undefined;
  return EXACT.get(text.toLowerCase()) ?? BY_LABEL.get(normalizeVi(text, { loose: true }));
}
