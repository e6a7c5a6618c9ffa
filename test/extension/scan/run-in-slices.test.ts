import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legacyPageSteps, legacyPageToFacts } from '../../../extension/adapters/portal-legacy.ts';
import { runInSlices } from '../../../extension/scan/run-in-slices.ts';
import { stressLegacyPage } from '../../bench/stress-page.ts';
import { parseHtml } from '../../fixtures/parse-html.ts';

const template = readFileSync(
  new URL('../../fixtures/corpus/portal-legacy/2.002481-complete.html', import.meta.url),
  'utf8',
);
const URL_LEGACY =
  'https://thutuc.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=2.002481';

describe('reading a large legacy page in slices', () => {
  const doc = parseHtml(stressLegacyPage(template, 300));

  it('pauses between blocks of table rows and ends with the same facts', () => {
    const steps = legacyPageSteps(doc, URL_LEGACY);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(8);
    expect(step.value).toEqual(legacyPageToFacts(doc, URL_LEGACY));
    // 300 added rows beside the fixture's own three.
    expect(step.value.parts.dossier).toHaveLength(303);
  });

  it('runInSlices returns the value and the busy time', async () => {
    const { value, busyMs } = await runInSlices(legacyPageSteps(doc, URL_LEGACY));
    expect(value.code).toBe('2.002481');
    expect(busyMs).toBeGreaterThan(0);
  });

  it('reads a small page without a pause', () => {
    const steps = legacyPageSteps(parseHtml(template), URL_LEGACY);
    expect(steps.next().done).toBe(true);
  });
});
