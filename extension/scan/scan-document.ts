import { evaluateRules } from '../../shared/checklist/evaluate-rules.ts';
import { legacyPageToFacts } from '../adapters/portal-legacy.ts';
import { errorReason } from './error-reason.ts';
import { measureScan } from './measure-scan.ts';
import type { PageScan } from './page-scan.ts';

/**
 * Reads a server-rendered (or already rendered) label/value procedure page: the national
 * database's legacy pages and the city portal. This is the content script's top for the page:
 * an unknown layout comes back as the `error` state, because a scan must never throw into the
 * portal page.
 */
export function scanDocument(doc: Document, url: string, kind: 'portal-legacy' | 'portal-hcmc'): PageScan {
  try {
    const { value, ms } = measureScan(() => {
      const facts = legacyPageToFacts(doc, url, kind);
      return { facts, results: evaluateRules(facts) };
    });
    return { state: 'ok', ...value, ms };
  } catch (error) {
    return { state: 'error', message: errorReason(error) };
  }
}
