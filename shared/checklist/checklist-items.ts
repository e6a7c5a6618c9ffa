/**
 * The publicity checklist of docs/product.md §4 as data. Item ids are stored forever; the list is
 * versioned by {@link TEMPLATE_VERSION} so that adding an item later does not change old reports.
 */
export type ItemMode = 'AUTO' | 'SEMI' | 'MANUAL';

export interface ChecklistItem {
  /** Permanent id: `P01`–`P23` per procedure, `U01`–`U15` per unit. */
  id: string;
  scope: 'procedure' | 'unit';
  vi: string;
  en: string;
  /** Legal basis the item rests on. */
  basis: string;
  mode: ItemMode;
}

/** Bump when items are added; answers record the version they were given against. */
export const TEMPLATE_VERSION = 1;

const ND63 = 'Nghị định 63/2010/NĐ-CP (sửa đổi bởi 48/2013, 92/2017)';
const ART8 = `${ND63}, Điều 8 khoản 2`;

const p = (id: string, vi: string, en: string, basis: string, mode: ItemMode): ChecklistItem => ({
  id,
  scope: 'procedure',
  vi,
  en,
  basis,
  mode,
});
const u = (id: string, vi: string, en: string, basis: string, mode: ItemMode): ChecklistItem => ({
  id,
  scope: 'unit',
  vi,
  en,
  basis,
  mode,
});

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  p(
    'P01',
    'Thủ tục thuộc danh mục của đơn vị, còn hiệu lực',
    'Procedure is in the unit catalogue and in force',
    `${ND63}, Điều 14`,
    'AUTO',
  ),
  p(
    'P02',
    'Mã và tên đúng quyết định công bố mới nhất',
    'Code and name match the latest publication decision',
    `${ND63}, Điều 15`,
    'AUTO',
  ),
  p(
    'P03',
    'Đã công khai trên Cổng DVC quốc gia / CSDLQG',
    'Published on the national portal / database',
    `${ND63}, Điều 15 khoản 1`,
    'AUTO',
  ),
  p(
    'P04',
    'Đã công khai trên Cổng DVC TP.HCM',
    'Published on the Ho Chi Minh City portal',
    'Nghị định 42/2022/NĐ-CP',
    'SEMI',
  ),
  p(
    'P05',
    'Đã đăng trên trang thông tin điện tử của đơn vị',
    "Posted on the unit's website with a portal link",
    `${ND63}, Điều 17`,
    'SEMI',
  ),
  p(
    'P06',
    'Đã niêm yết tại nơi tiếp nhận hồ sơ',
    'Posted at the place that receives dossiers',
    `${ND63}, Điều 17; Thông tư 02/2017/TT-VPCP`,
    'MANUAL',
  ),
  p(
    'P07',
    'Nội dung niêm yết đúng phiên bản hiện hành',
    'Posting shows the current version',
    'Thông tư 02/2017/TT-VPCP',
    'SEMI',
  ),
  p('P08', 'Có tên thủ tục', 'Procedure name', `${ART8} điểm a`, 'AUTO'),
  p('P09', 'Có trình tự thực hiện', 'Steps', `${ART8} điểm b`, 'AUTO'),
  p('P10', 'Có cách thức thực hiện', 'Submission methods', `${ART8} điểm c`, 'AUTO'),
  p('P11', 'Có thành phần, số lượng hồ sơ', 'Dossier components and quantities', `${ART8} điểm d`, 'AUTO'),
  p('P12', 'Có thời hạn giải quyết', 'Processing time', `${ART8} điểm đ`, 'AUTO'),
  p('P13', 'Có đối tượng thực hiện', 'Who may apply', `${ART8} điểm e`, 'AUTO'),
  p(
    'P14',
    'Có cơ quan thực hiện (và địa chỉ tiếp nhận)',
    'Executing agency (and receiving address)',
    `${ART8} điểm g`,
    'AUTO',
  ),
  p('P15', 'Có kết quả thực hiện', 'Result of the procedure', `${ART8} điểm h`, 'AUTO'),
  p(
    'P16',
    'Có phí, lệ phí (hoặc ghi rõ không thu)',
    'Fees (or an explicit statement of none)',
    `${ART8} điểm i`,
    'SEMI',
  ),
  p('P17', 'Có mẫu đơn, tờ khai tải được (nếu có)', 'Downloadable forms (if any)', `${ART8} điểm i`, 'SEMI'),
  p(
    'P18',
    'Có yêu cầu, điều kiện (nếu có)',
    'Requirements and conditions (if any)',
    `${ART8} điểm i`,
    'SEMI',
  ),
  p('P19', 'Có căn cứ pháp lý', 'Legal basis', `${ND63}, Điều 15 khoản 1 điểm b`, 'AUTO'),
  p(
    'P20',
    'Ghi rõ mức DVC trực tuyến (toàn trình/một phần) và liên kết nộp',
    'Online service level and submission link',
    'Nghị định 42/2022/NĐ-CP',
    'AUTO',
  ),
  p(
    'P21',
    'Ghi rõ nộp/trả qua bưu chính công ích (nếu áp dụng)',
    'Submission/return by public post (if applicable)',
    'Quyết định 45/2016/QĐ-TTg',
    'SEMI',
  ),
  p(
    'P22',
    'Gỡ niêm yết khi thủ tục bị bãi bỏ',
    'Posting removed when the procedure is abolished',
    `${ND63}, Điều 17`,
    'SEMI',
  ),
  p(
    'P23',
    'Ngày cập nhật niêm yết gần nhất ≥ ngày quyết định công bố',
    'Posting updated on or after the publication decision',
    'Thông tư 02/2017/TT-VPCP',
    'MANUAL',
  ),
  u(
    'U01',
    'Niêm yết danh mục TTHC tại đơn vị',
    'Procedure list posted at the unit',
    'Nghị định 63/2010/NĐ-CP, Điều 17',
    'MANUAL',
  ),
  u(
    'U02',
    'Đăng danh mục TTHC (có liên kết Cổng DVC) trên website',
    'Procedure list with portal links on the website',
    'Nghị định 42/2022/NĐ-CP',
    'SEMI',
  ),
  u(
    'U03',
    'Niêm yết hướng dẫn gửi PAKN (tên cơ quan, địa chỉ, điện thoại, email)',
    'Feedback instructions posted (agency, address, phone, email)',
    'Nghị định 20/2008/NĐ-CP, Điều 7',
    'MANUAL',
  ),
  u(
    'U04',
    'Đăng địa chỉ tiếp nhận PAKN trên website',
    'Feedback address on the website',
    'Nghị định 20/2008/NĐ-CP, Điều 7',
    'SEMI',
  ),
  u(
    'U05',
    'Niêm yết lịch tiếp công dân và nội quy',
    'Citizen-reception schedule and rules posted',
    'Luật Tiếp công dân 2013, Điều 13',
    'MANUAL',
  ),
  u(
    'U06',
    'Đăng lịch tiếp công dân trên website',
    'Citizen-reception schedule on the website',
    'Luật Tiếp công dân 2013, Điều 13',
    'SEMI',
  ),
  u(
    'U07',
    'Công khai thời gian làm việc, nơi tiếp nhận hồ sơ',
    'Working hours and dossier reception place published',
    'Nghị định 118/2025/NĐ-CP',
    'SEMI',
  ),
  u(
    'U08',
    'Công khai họ tên, chức danh, điện thoại người tiếp nhận',
    'Name, title and phone of reception staff published',
    'Nghị định 118/2025/NĐ-CP',
    'MANUAL',
  ),
  u(
    'U09',
    'Hướng dẫn nộp hồ sơ trực tuyến (Cổng DVC, VNeID, mã QR)',
    'Guidance for online submission (portal, VNeID, QR)',
    'Nghị định 42/2022/NĐ-CP',
    'SEMI',
  ),
  u(
    'U10',
    'Công khai danh sách TTHC nhận/trả qua bưu chính công ích',
    'List of procedures handled by public post',
    'Quyết định 45/2016/QĐ-TTg',
    'SEMI',
  ),
  u(
    'U11',
    'Có kênh đánh giá mức độ hài lòng',
    'Satisfaction rating channel',
    'Nghị định 118/2025/NĐ-CP',
    'MANUAL',
  ),
  u(
    'U12',
    'Chuyên mục "biểu mẫu" trên website',
    'Forms section on the website',
    'Nghị định 42/2022/NĐ-CP',
    'SEMI',
  ),
  u(
    'U13',
    'Chuyên mục công khai theo TT 09/2024/TT-BGDĐT (trường học)',
    'Disclosure section per Circular 09/2024 (schools)',
    'Thông tư 09/2024/TT-BGDĐT',
    'SEMI',
  ),
  u(
    'U14',
    'Rà soát, cập nhật khi có văn bản mới (ngày, người rà soát)',
    'Review when new legal texts appear (date, reviewer)',
    'Nghị định 63/2010/NĐ-CP, Điều 17',
    'MANUAL',
  ),
  u(
    'U15',
    'Sổ theo dõi PAKN về TTHC (tiếp nhận / đã xử lý / đúng hạn)',
    'Feedback register (received / handled / on time)',
    'Nghị định 20/2008/NĐ-CP',
    'MANUAL',
  ),
];

export const PROCEDURE_ITEMS = CHECKLIST_ITEMS.filter((item) => item.scope === 'procedure');
export const UNIT_ITEMS = CHECKLIST_ITEMS.filter((item) => item.scope === 'unit');

/** Looks an item up by its id; `undefined` for an id this template does not know. */
export const findItem = (id: string): ChecklistItem | undefined =>
  CHECKLIST_ITEMS.find((item) => item.id === id);
