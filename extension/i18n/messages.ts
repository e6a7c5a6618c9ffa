/** Interface languages; Vietnamese is the default (the people using this work in Vietnamese). */
export type Language = 'vi' | 'en';

const vi = {
  procedureSection: 'Thủ tục',
  unitSection: 'Các mục của đơn vị',
  noProcedure: 'Mở một trang thủ tục trên Cổng Dịch vụ công để kiểm tra.',
  autoResult: 'Tự động',
  noRule: '—',
  note: 'Ghi chú',
  keyboardHint: 'Phím 1–4 chọn Đạt / Chưa đạt / Không áp dụng / Chưa kiểm tra cho dòng đang chọn.',
  syncSynced: 'Đã đồng bộ',
  syncPending: 'Đang chờ đồng bộ',
  syncError: 'Lỗi đồng bộ',
  syncNotEnrolled: 'Chưa đăng ký thiết bị — mở trang Tùy chọn.',
  openOptions: 'Tùy chọn',
  optionsTitle: 'CongKhai — Tùy chọn',
  serverUrl: 'Địa chỉ máy chủ',
  enrolmentCode: 'Mã đăng ký',
  deviceLabel: 'Tên thiết bị',
  enrol: 'Đăng ký thiết bị',
  enrolling: 'Đang đăng ký…',
  enrolledUnit: 'Đơn vị đã đăng ký',
  unenrol: 'Gỡ đăng ký',
  language: 'Ngôn ngữ',
  networkError: 'Không kết nối được máy chủ.',
} as const;

export type MessageId = keyof typeof vi;

const en: Record<MessageId, string> = {
  procedureSection: 'Procedure',
  unitSection: 'Unit items',
  noProcedure: 'Open a procedure page on the national public service portal to check it.',
  autoResult: 'Automatic',
  noRule: '—',
  note: 'Note',
  keyboardHint: 'Keys 1–4 set Met / Not met / Not applicable / Not checked for the focused row.',
  syncSynced: 'Synced',
  syncPending: 'Waiting to sync',
  syncError: 'Sync error',
  syncNotEnrolled: 'Device not enrolled — open Options.',
  openOptions: 'Options',
  optionsTitle: 'CongKhai — Options',
  serverUrl: 'Server address',
  enrolmentCode: 'Enrolment code',
  deviceLabel: 'Device name',
  enrol: 'Enrol device',
  enrolling: 'Enrolling…',
  enrolledUnit: 'Enrolled unit',
  unenrol: 'Unenrol',
  language: 'Language',
  networkError: 'Could not reach the server.',
};

/** Every interface string by language and message id; checklist labels come from the checklist. */
export const MESSAGES: Record<Language, Record<MessageId, string>> = { vi, en };
