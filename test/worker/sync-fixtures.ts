import { encodeHlc } from '../../shared/sync/hlc.ts';
import type { Mutation } from '../../shared/sync/protocol.ts';

/** An HLC stamp `offsetMs` from now (negative = in the past). */
export const stamp = (offsetMs: number, node = 'client-a', counter = 0): string =>
  encodeHlc({ wall: Date.now() + offsetMs, counter, node });

/** A mutation with sensible defaults for the fields a test does not care about. */
export const mutation = (over: Partial<Mutation> & Pick<Mutation, 'seq' | 'unitId'>): Mutation => ({
  subject: 'test-proc-a',
  itemId: 'P01',
  fields: { status: 'dat' },
  hlc: stamp(-1000),
  ...over,
});

/** A client id no other test uses (a client id is bound to the first device that pushes with it). */
export const newClientId = (): string => `client-${crypto.randomUUID().slice(0, 8)}`;
