import type { RuleResult } from '../../shared/checklist/rule.ts';
import type { ProcedureFacts } from '../../shared/procedure/procedure-facts.ts';
import type { SiteBlock } from '../../shared/site/site-block.ts';

/** A content script read a procedure page; the background stores it in `scans`. */
export interface ScanMessage {
  type: 'scan';
  url: string;
  facts: ProcedureFacts;
  results: Record<string, RuleResult>;
}

/** Something was written locally, the side panel opened, or the person asked: sync soon. */
export interface SyncNowMessage {
  type: 'sync-now';
}

/**
 * A content script read a page of the unit's website; the background finds the catalogue there,
 * stores the findings in `siteScans` and answers `{ ok: true, summary: SiteScanSummary }`.
 */
export interface SiteScanMessage {
  type: 'site-scan';
  url: string;
  blocks: SiteBlock[];
}

/** A content script asks which interface language the person chose; answered `{ ok, language }`. */
export interface GetLanguageMessage {
  type: 'get-language';
}

/** Every message the extension's parts send each other through `browser.runtime`. */
export type ExtensionMessage = ScanMessage | SyncNowMessage | SiteScanMessage | GetLanguageMessage;
