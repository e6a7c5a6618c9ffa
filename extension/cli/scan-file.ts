import { DOMParser } from 'linkedom';
import { portalJsonToFacts } from '../../shared/adapters/portal-json.ts';
import { UnreadablePageError } from '../../shared/adapters/unreadable-page-error.ts';
import type { CatalogueEntry } from '../../shared/catalogue/catalogue-entry.ts';
import { findProcedureCodes } from '../../shared/procedure/procedure-code.ts';
import type { CatalogueRef } from '../../shared/site/find-catalogue-procedures.ts';
import { scanSite } from '../../shared/site/scan-site.ts';
import { legacyPageToFacts } from '../adapters/portal-legacy.ts';
import { siteBlocks } from '../adapters/site-blocks.ts';
import { detectHtmlKind } from './detect-html-kind.ts';
import { procedureReport, type ScanReport, siteReport } from './scan-report.ts';

/**
 * Scans the text of one saved page: portal JSON when it parses as JSON, otherwise HTML whose kind
 * comes from the URL (when given) and the content. Throws {@link UnreadablePageError} with a
 * one-line reason when the content is no page kind the scanner knows.
 */
export function scanText(text: string, url: string | null, catalogue: CatalogueEntry[] | null): ScanReport {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let body: unknown;
    try {
      body = JSON.parse(trimmed);
    } catch (error) {
      const detail = (error as Error).message;
      throw new UnreadablePageError({
        vi: `JSON không hợp lệ (${detail})`,
        en: `not valid JSON (${detail})`,
      });
    }
    const facts = portalJsonToFacts(body, url ?? '');
    return {
      source: { kind: 'portal-json', url },
      procedures: [procedureReport(facts, catalogue)],
      unit: { items: {} },
    };
  }
  if (!/<[a-z!]/i.test(trimmed))
    throw new UnreadablePageError({ vi: 'không phải JSON hay HTML', en: 'neither JSON nor HTML' });
  const doc = new DOMParser().parseFromString(text, 'text/html') as unknown as Document;
  const kind = detectHtmlKind(doc, url);
  if (kind === 'unit-site')
    return siteReport(scanSite(siteBlocks(doc), url ?? '', catalogueRefs(catalogue, text)));
  const facts = legacyPageToFacts(doc, url ?? '', kind);
  return { source: { kind, url }, procedures: [procedureReport(facts, catalogue)], unit: { items: {} } };
}

/** The catalogue to look for on a unit site; without one, every procedure code on the page. */
function catalogueRefs(catalogue: CatalogueEntry[] | null, text: string): CatalogueRef[] {
  if (catalogue)
    return catalogue.map((entry) => ({ key: entry.code ?? entry.name, code: entry.code, name: entry.name }));
  return findProcedureCodes(text).map((code) => ({ key: code, code, name: '' }));
}
