/**
 * The words of the printable report, its CSV and XLSX exports and the cluster settings page
 * (issue #9), spread into the page messages (worker/i18n/page-messages.ts): one translator for
 * every dashboard page, and the exports' headers in the page's language.
 */
export const reportVi = {
  reportTitle: 'Báo cáo công khai thủ tục hành chính – {cluster}',
  reportPeriod: 'Kỳ báo cáo',
  reportDays: 'Thời gian',
  reportDaysValue: 'từ ngày {start} đến hết ngày {end}',
  reportProduced: 'Lập lúc',
  reportFilters: 'Phạm vi',
  reportAllUnits: 'Tất cả đơn vị của khu vực',
  reportPrintHint:
    'Để lưu thành PDF, dùng lệnh In của trình duyệt (Ctrl+P) và chọn "Lưu dưới dạng PDF". Bảng in theo khổ ngang.',
  reportBack: 'Về trang tổng quan',
  reportUnitsCaption: 'Tình hình công khai thủ tục hành chính theo đơn vị',
  reportItemsTitle: 'Số liệu theo tiêu chí của cả khu vực',
  reportItemsCaption:
    'Mỗi tiêu chí thủ tục (P): số thủ tục đạt, chưa đạt trên tổng số thủ tục được giao; mỗi tiêu chí đơn vị (U): số đơn vị đạt, chưa đạt trên số đơn vị.',
  reportLiveNote:
    'Báo cáo chỉ gồm số liệu của kỳ, lấy từ lịch sử kiểm tra đến hết ngày cuối kỳ, nên lập lại sau này vẫn cho đúng các số này; thời điểm đồng bộ gần nhất (thay đổi hằng ngày) xem ở trang tổng quan.',
  colKindOfUnit: 'Loại đơn vị',
  colWardName: 'Thuộc phường',
  colCount: '{column} (số thủ tục)',
  colPercent: '{column} (%)',
  colItem: 'Tiêu chí',
  colItemName: 'Nội dung tiêu chí',
  colItemScope: 'Áp dụng cho',
  itemScope_procedure: 'Từng thủ tục',
  itemScope_unit: 'Đơn vị',
  colItemMet: 'Đạt',
  colItemFailing: 'Chưa đạt',
  colItemOf: 'Trên tổng số',
  colItemPercent: 'Tỉ lệ đạt (%)',
  colItemShare: 'Tỉ lệ đạt',
  sheetUnits: 'Theo đơn vị',
  sheetItems: 'Theo tiêu chí',
  // Admin: cluster settings
  navSettings: 'Cài đặt báo cáo',
  settingsTitle: 'Cài đặt báo cáo của khu vực',
  settingsIntro:
    'Ngày chốt số liệu quyết định mỗi kỳ báo cáo (tháng, quý, 6 tháng, 9 tháng, năm) gồm những ngày nào; chu kỳ kiểm tra lại quyết định khi nào một thủ tục bị tính là cần cập nhật.',
  settingsCutoff: 'Ngày chốt số liệu hằng tháng',
  settingsCalendar: 'Theo tháng dương lịch (hết ngày cuối tháng)',
  settingsCutoffDay: 'Ngày {day}',
  settingsCutoffHelp:
    'Ví dụ: chốt ngày 15 thì tháng 12 tính từ 16/11 đến 15/12, quý IV từ 16/9 đến 15/12. Chỉ chọn được từ ngày 1 đến ngày 28, để tháng nào cũng có ngày chốt.',
  settingsCutoffWarning:
    'Đổi ngày chốt làm thay đổi khoảng ngày của mọi kỳ, kể cả các kỳ đã qua: báo cáo lập lại sau khi đổi có thể khác báo cáo đã nộp.',
  settingsRecheck: 'Kiểm tra lại sau (số tháng, từ 1 đến 24)',
  settingsRecheckHelp:
    'Thủ tục được kiểm tra lần cuối cách cuối kỳ lâu hơn khoảng này được tính là cần cập nhật.',
  settingsExample: 'Với cài đặt đang dùng, {period} tính từ ngày {start} đến hết ngày {end}.',
  settingsSaved: 'Đã lưu cài đặt báo cáo.',
  formCutoffDay: 'ngày chốt số liệu phải từ 1 đến 28, hoặc theo tháng dương lịch',
  'action_settings.update': 'Đổi cài đặt báo cáo',
};

export const reportEn: Record<keyof typeof reportVi, string> = {
  reportTitle: 'Report on the publicity of administrative procedures – {cluster}',
  reportPeriod: 'Reporting period',
  reportDays: 'Days',
  reportDaysValue: 'from {start} to the end of {end}',
  reportProduced: 'Produced',
  reportFilters: 'Scope',
  reportAllUnits: 'Every unit of the cluster',
  reportPrintHint:
    'To save it as a PDF, use the browser’s Print command (Ctrl+P) and choose "Save as PDF". Tables print in landscape.',
  reportBack: 'Back to the overview',
  reportUnitsCaption: 'Publicity of administrative procedures by unit',
  reportItemsTitle: 'Figures by checklist item for the whole cluster',
  reportItemsCaption:
    'Each procedure item (P): procedures meeting it and not meeting it, out of the procedures assigned; each unit item (U): units meeting it and not, out of the units.',
  reportLiveNote:
    'The report holds only the period’s figures, read from the check history up to the end of its last day, so producing it again later gives the same figures; the last sync (which changes daily) is on the overview.',
  colKindOfUnit: 'Kind of unit',
  colWardName: 'Ward',
  colCount: '{column} (procedures)',
  colPercent: '{column} (%)',
  colItem: 'Item',
  colItemName: 'What the item checks',
  colItemScope: 'Applies to',
  itemScope_procedure: 'Each procedure',
  itemScope_unit: 'The unit',
  colItemMet: 'Met',
  colItemFailing: 'Not met',
  colItemOf: 'Out of',
  colItemPercent: 'Share met (%)',
  colItemShare: 'Share met',
  sheetUnits: 'By unit',
  sheetItems: 'By item',
  navSettings: 'Report settings',
  settingsTitle: 'Report settings of the cluster',
  settingsIntro:
    'The cut-off day decides which days each reporting period (month, quarter, 6 months, 9 months, year) covers; the re-check interval decides when a procedure counts as needing an update.',
  settingsCutoff: 'Monthly cut-off day',
  settingsCalendar: 'Calendar months (up to the last day of the month)',
  settingsCutoffDay: 'Day {day}',
  settingsCutoffHelp:
    'For example, with day 15 December runs from 16 November to 15 December, and Q4 from 16 September to 15 December. Only days 1 to 28 can be chosen, so that every month has its cut-off.',
  settingsCutoffWarning:
    'Changing the cut-off day changes the days of every period, past ones included: a report produced again after the change may differ from the one handed in.',
  settingsRecheck: 'Re-check every (months, 1 to 24)',
  settingsRecheckHelp:
    'A procedure last checked longer than this before the end of the period counts as needing an update.',
  settingsExample: 'With the settings in use, {period} runs from {start} to the end of {end}.',
  settingsSaved: 'The report settings are saved.',
  formCutoffDay: 'the cut-off day must be between 1 and 28, or calendar months',
  'action_settings.update': 'Report settings changed',
};
