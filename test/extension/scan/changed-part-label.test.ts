import { describe, expect, it } from 'vitest';
import { changedPartLabel } from '../../../extension/scan/changed-part-label.ts';
import { changedParts, fingerprintFacts } from '../../../shared/procedure/facts-fingerprint.ts';
import type { PartKey } from '../../../shared/procedure/procedure-facts.ts';
import { makeFacts, withPart } from '../../fixtures/make-facts.ts';

describe('changedPartLabel', () => {
  it.each([
    ['name', 'tên'],
    ['steps', 'trình tự'],
    ['methods', 'cách thức'],
    ['dossier', 'thành phần hồ sơ'],
    ['processingTime', 'thời hạn'],
    ['subjects', 'đối tượng'],
    ['agencies', 'cơ quan thực hiện'],
    ['receivingAddress', 'địa chỉ tiếp nhận'],
    ['results', 'kết quả'],
    ['fees', 'phí, lệ phí'],
    ['forms', 'mẫu đơn'],
    ['requirements', 'yêu cầu, điều kiện'],
    ['legalBasis', 'căn cứ pháp lý'],
    ['onlineService', 'mức DVC trực tuyến'],
    ['decisionNumber', 'số quyết định'],
    ['updatedAt', 'ngày cập nhật'],
  ])('%s → %s', (part, vi) => {
    expect(changedPartLabel(part, 'vi')).toBe(vi);
    expect(changedPartLabel(part, 'en')).not.toBe('');
  });

  it('names every part the change watch can report', () => {
    const parts: PartKey[] = ['steps', 'methods', 'dossier', 'processingTime', 'subjects', 'agencies'];
    const parts2: PartKey[] = ['receivingAddress', 'results', 'fees', 'forms', 'requirements', 'legalBasis'];
    let before = makeFacts({ name: 'A', decisionNumber: '1/QĐ', updatedAt: 1 });
    let after = makeFacts({ name: 'B', decisionNumber: '2/QĐ', updatedAt: 2 });
    for (const part of [...parts, ...parts2, 'onlineService' as const]) {
      before = withPart(part, ['cũ'], before);
      after = withPart(part, ['mới'], after);
    }
    const changed = changedParts(fingerprintFacts(before), fingerprintFacts(after));
    expect(changed).toHaveLength(16);
    for (const part of changed) expect(changedPartLabel(part, 'vi'), part).not.toBe(part);
  });

  it('shows an unknown part as it is', () => {
    expect(changedPartLabel('somethingNew', 'vi')).toBe('somethingNew');
  });
});
