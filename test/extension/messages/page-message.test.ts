import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PageMessageSchema } from '../../../extension/messages/page-message.ts';

describe('PageMessageSchema', () => {
  it('takes a request to show an item on the page', () => {
    expect(v.is(PageMessageSchema, { type: 'show-evidence', itemId: 'P14', url: 'https://x/' })).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'remove-badge' }],
    ['an item id that is no item', { type: 'show-evidence', itemId: 'body > div', url: 'u' }],
    ['no item', { type: 'show-evidence', url: 'u' }],
    ['no address', { type: 'show-evidence', itemId: 'P14' }],
  ])('refuses %s', (_, message) => {
    expect(v.is(PageMessageSchema, message)).toBe(false);
  });
});
