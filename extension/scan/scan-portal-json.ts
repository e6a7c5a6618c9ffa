import { portalJsonToFacts } from '../../shared/adapters/portal-json.ts';
import { evaluateRules } from '../../shared/checklist/evaluate-rules.ts';
import { errorReason } from './error-reason.ts';
import { measureScan } from './measure-scan.ts';
import type { PageScan } from './page-scan.ts';

/** The portal's own endpoint the procedure page reads (same-origin from the content script). */
export const PORTAL_FORMALITY_API = '/api/v1/configuring/formality/get-formality-by-citizen';

/**
 * Reads one procedure the way the portal SPA does and runs the automatic rules over it. This is
 * the content script's top: every failure (network, HTTP, malformed JSON, an unknown shape) comes
 * back as the `error` state, because a scan must never throw into the portal page. `ms` covers
 * adapter + rules only, not the network or the JSON parse.
 */
export async function scanPortalJson(
  fetch: (input: string, init: RequestInit) => Promise<Response>,
  id: string,
  url: string,
): Promise<PageScan> {
  try {
    const response = await fetch(PORTAL_FORMALITY_API, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id }),
    });
    if (!response.ok)
      return { state: 'error', message: { vi: `HTTP ${response.status}`, en: `HTTP ${response.status}` } };
    const body: unknown = await response.json();
    const { value, ms } = measureScan(() => {
      const facts = portalJsonToFacts(body, url);
      return { facts, results: evaluateRules(facts) };
    });
    return { state: 'ok', ...value, ms };
  } catch (error) {
    return { state: 'error', message: errorReason(error) };
  }
}
