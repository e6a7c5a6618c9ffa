import type { RuleResult } from '../../shared/checklist/rule.ts';
import { fingerprintFacts } from '../../shared/procedure/facts-fingerprint.ts';
import type { ProcedureFacts } from '../../shared/procedure/procedure-facts.ts';
import type { CongKhaiDatabase, ScanRow } from './database.ts';

export interface ScanInput {
  facts: ProcedureFacts;
  results: Record<string, RuleResult>;
  url: string;
  tabId: number | null;
}

/**
 * Stores the latest reading of a procedure page, replacing the previous one of the same code and
 * page kind. A page without a code is kept under its URL, so the side panel can still show it.
 * Local only: scans are evidence for this device and are not synced.
 */
export async function saveScan(db: CongKhaiDatabase, input: ScanInput, now = Date.now()): Promise<ScanRow> {
  const fingerprint = fingerprintFacts(input.facts);
  const row: ScanRow = {
    code: input.facts.code ?? input.url,
    kind: input.facts.source.kind,
    url: input.url,
    facts: input.facts,
    results: input.results,
    hash: fingerprint.hash,
    fingerprint,
    capturedAt: now,
    tabId: input.tabId,
  };
  await db.scans.put(row);
  return row;
}
