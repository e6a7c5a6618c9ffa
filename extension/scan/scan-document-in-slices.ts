import { evaluateRules } from '../../shared/checklist/evaluate-rules.ts';
import { legacyPageSteps } from '../adapters/portal-legacy.ts';
import { errorReason } from './error-reason.ts';
import { SCAN_MEASURE } from './measure-scan.ts';
import type { PageScan } from './page-scan.ts';
import { runInSlices } from './run-in-slices.ts';

/**
 * {@link scanDocument} for a page that is already complete (a legacy detail page), read in slices
 * so that a procedure with hundreds of table rows never makes one long task. The Performance API
 * measure spans the whole scan; `ms` is the time it was busy.
 */
export async function scanDocumentInSlices(
  doc: Document,
  url: string,
  kind: 'portal-legacy' | 'portal-hcmc',
): Promise<PageScan> {
  const start = performance.now();
  try {
    const { value: facts, busyMs } = await runInSlices(legacyPageSteps(doc, url, kind));
    const rulesStart = performance.now();
    const results = evaluateRules(facts);
    const ms = busyMs + (performance.now() - rulesStart);
    performance.measure(SCAN_MEASURE, { start, end: performance.now() });
    return { state: 'ok', facts, results, ms };
  } catch (error) {
    return { state: 'error', message: errorReason(error) };
  }
}
