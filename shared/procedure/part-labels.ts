/**
 * How people call the parts of a procedure that the change watch compares (`changedParts()`),
 * in Vietnamese and English: the reasons of P07/P23 and the side panel's re-check marker.
 */
export const PART_LABELS: Readonly<Record<string, { vi: string; en: string }>> = {
  name: { vi: 'tên', en: 'name' },
  steps: { vi: 'trình tự', en: 'steps' },
  methods: { vi: 'cách thức', en: 'methods' },
  dossier: { vi: 'thành phần hồ sơ', en: 'dossier' },
  processingTime: { vi: 'thời hạn', en: 'processing time' },
  subjects: { vi: 'đối tượng', en: 'who may apply' },
  agencies: { vi: 'cơ quan thực hiện', en: 'agencies' },
  receivingAddress: { vi: 'địa chỉ tiếp nhận', en: 'receiving address' },
  results: { vi: 'kết quả', en: 'results' },
  fees: { vi: 'phí, lệ phí', en: 'fees' },
  forms: { vi: 'mẫu đơn', en: 'forms' },
  requirements: { vi: 'yêu cầu, điều kiện', en: 'requirements' },
  legalBasis: { vi: 'căn cứ pháp lý', en: 'legal basis' },
  onlineService: { vi: 'mức DVC trực tuyến', en: 'online service level' },
  decisionNumber: { vi: 'số quyết định', en: 'decision number' },
  updatedAt: { vi: 'ngày cập nhật', en: 'update date' },
};
