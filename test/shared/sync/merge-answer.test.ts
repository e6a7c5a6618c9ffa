import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import { mergeAnswer } from '../../../shared/sync/merge-answer.ts';

const at = (wall: number, node = 'a') => encodeHlc({ wall, counter: 0, node });

describe('mergeAnswer', () => {
  it('applies a newer write field by field and keeps the other fields', () => {
    const first = mergeAnswer(null, { status: 'chua_dat', note: 'thiếu bảng' }, at(1));
    const second = mergeAnswer(first.next, { status: 'dat' }, at(2));
    expect(second.next.fields).toEqual({ status: 'dat', note: 'thiếu bảng' });
    expect(second.next.clocks).toEqual({ status: at(2), note: at(1) });
    expect(second.applied).toEqual(['status']);
  });

  it('lets an older write lose, and does not modify its input', () => {
    const held = mergeAnswer(null, { status: 'dat' }, at(5)).next;
    const outcome = mergeAnswer(held, { status: 'chua_dat', note: 'x' }, at(3));
    expect(outcome.lost).toEqual(['status']);
    expect(outcome.applied).toEqual(['note']);
    expect(outcome.next.fields.status).toBe('dat');
    expect(held.fields).toEqual({ status: 'dat' });
  });

  it('converges whatever order two devices’ writes arrive in', () => {
    const a = { fields: { status: 'dat' as const, note: 'A' }, hlc: at(10, 'a') };
    const b = { fields: { status: 'chua_dat' as const }, hlc: at(10, 'b') };
    const ab = mergeAnswer(mergeAnswer(null, a.fields, a.hlc).next, b.fields, b.hlc).next;
    const ba = mergeAnswer(mergeAnswer(null, b.fields, b.hlc).next, a.fields, a.hlc).next;
    expect(ab).toEqual(ba);
    expect(ab.fields).toEqual({ status: 'chua_dat', note: 'A' });
  });

  it('merges a pulled row by its per-field stamps', () => {
    const held = mergeAnswer(null, { status: 'dat', note: 'local' }, at(5)).next;
    const outcome = mergeAnswer(held, { status: 'chua_dat', note: 'remote' }, { status: at(9), note: at(1) });
    expect(outcome.next.fields).toEqual({ status: 'chua_dat', note: 'local' });
  });
});
