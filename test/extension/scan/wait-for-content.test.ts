import { describe, expect, it } from 'vitest';
import { waitForContent } from '../../../extension/scan/wait-for-content.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';

/** The part of WXT's content script context the wait uses: timers and the invalidation signal. */
function fakeContext() {
  const controller = new AbortController();
  return {
    ctx: {
      signal: controller.signal,
      setTimeout: (handler: () => void, ms?: number) => setTimeout(handler, ms) as unknown as number,
    },
    invalidate: () => controller.abort(),
  };
}

const page = () => parseHtml('<html><body><app-root><p>Đang tải…</p></app-root></body></html>');
const label = (doc: Document) => doc.querySelector('.label')?.textContent ?? null;

function render(doc: Document, after: number) {
  setTimeout(() => {
    const row = doc.createElement('div');
    row.className = 'label';
    row.textContent = 'Mã thủ tục';
    doc.querySelector('app-root')?.append(row);
  }, after);
}

describe('waitForContent', () => {
  it('answers at once when the content is already there', async () => {
    const doc = page();
    render(doc, 0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { ctx } = fakeContext();
    expect(await waitForContent(ctx, doc.body, () => label(doc), { timeoutMs: 50 })).toBe('Mã thủ tục');
  });

  it('waits for the app to render it', async () => {
    const doc = page();
    const { ctx } = fakeContext();
    render(doc, 30);
    const started = performance.now();
    const found = await waitForContent(ctx, doc.body, () => label(doc), { timeoutMs: 2_000, settleMs: 10 });
    expect(found).toBe('Mã thủ tục');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('gives up with null after the timeout', async () => {
    const { ctx } = fakeContext();
    const doc = page();
    expect(await waitForContent(ctx, doc.body, () => label(doc), { timeoutMs: 40 })).toBeNull();
  });

  it('ends with null when the person navigates on or the script is invalidated', async () => {
    const doc = page();
    const navigation = new AbortController();
    const first = fakeContext();
    const waiting = waitForContent(first.ctx, doc.body, () => label(doc), {
      signal: navigation.signal,
      timeoutMs: 5_000,
    });
    navigation.abort();
    expect(await waiting).toBeNull();

    const second = fakeContext();
    const invalidated = waitForContent(second.ctx, doc.body, () => label(doc), { timeoutMs: 5_000 });
    second.invalidate();
    expect(await invalidated).toBeNull();
  });

  it('probes at most once per settle period while the page keeps changing', async () => {
    const doc = page();
    const { ctx } = fakeContext();
    let probes = 0;
    const churn = setInterval(() => doc.body.append(doc.createElement('i')), 2);
    const found = await waitForContent(
      ctx,
      doc.body,
      () => {
        probes += 1;
        return null;
      },
      { timeoutMs: 200, settleMs: 50 },
    );
    clearInterval(churn);
    expect(found).toBeNull();
    expect(probes).toBeLessThanOrEqual(6);
    expect(probes).toBeGreaterThanOrEqual(2);
  });
});
