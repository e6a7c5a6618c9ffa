import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import { PullQuerySchema, PushRequestSchema } from '../../../shared/sync/protocol.ts';

const mutation = {
  seq: 1,
  unitId: 'phuong-go-vap',
  subject: '2.000815',
  itemId: 'P06',
  fields: { status: 'dat', checkedAt: 1776761890007 },
  hlc: encodeHlc({ wall: 1776761890007, counter: 0, node: 'client-1' }),
};

describe('sync protocol v1', () => {
  it('accepts a well-formed push', () => {
    expect(
      v.safeParse(PushRequestSchema, { v: 1, clientId: 'client-1', mutations: [mutation] }).success,
    ).toBe(true);
  });

  it.each([
    ['another protocol version', { v: 2, clientId: 'c', mutations: [] }],
    ['an unknown top-level key', { v: 1, clientId: 'c', mutations: [], extra: 1 }],
    ['an unknown field', { v: 1, clientId: 'c', mutations: [{ ...mutation, fields: { colour: 'red' } }] }],
    ['an unknown status', { v: 1, clientId: 'c', mutations: [{ ...mutation, fields: { status: 'ok' } }] }],
    ['a malformed item id', { v: 1, clientId: 'c', mutations: [{ ...mutation, itemId: 'X1' }] }],
    ['a malformed clock', { v: 1, clientId: 'c', mutations: [{ ...mutation, hlc: 'now' }] }],
    ['seq zero', { v: 1, clientId: 'c', mutations: [{ ...mutation, seq: 0 }] }],
  ])('refuses %s', (_label, body) => {
    expect(v.safeParse(PushRequestSchema, body).success).toBe(false);
  });

  it('reads pull query strings into numbers with defaults', () => {
    expect(v.parse(PullQuerySchema, { unit: 'u1' })).toEqual({ unit: 'u1', cursor: 0, limit: 500 });
    expect(v.safeParse(PullQuerySchema, { unit: 'u1', limit: '5000' }).success).toBe(false);
  });
});
