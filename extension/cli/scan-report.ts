import type { CatalogueEntry } from '../../shared/catalogue/catalogue-entry.ts';
import { evaluateRules } from '../../shared/checklist/evaluate-rules.ts';
import type { RuleResult } from '../../shared/checklist/rule.ts';
import { p05UnitWebsite } from '../../shared/checklist/rules/p05-unit-website.ts';
import type { ProcedureFacts, SourceKind } from '../../shared/procedure/procedure-facts.ts';
import type { SiteFindings } from '../../shared/site/scan-site.ts';
import type { Localized } from '../../shared/text/localized.ts';

export interface ItemReport {
  status: string;
  /** Why, in both languages: `{ vi, en }`. */
  reason: Localized;
  evidence: string | null;
  at: string | null;
}

/** The scan CLI's output (issue #3): one object per file, stable for batch audits. */
export interface ScanReport {
  source: { kind: SourceKind; url: string | null };
  procedures: {
    code: string | null;
    name: string | null;
    inCatalogue?: boolean;
    matchedBy?: 'code' | 'name';
    portalLink?: string | null;
    items: Record<string, ItemReport>;
  }[];
  unit: { items: Record<string, ItemReport> };
}

/** Runs the rules over the facts of one procedure page and shapes the result for output. */
export function procedureReport(
  facts: ProcedureFacts,
  catalogue: CatalogueEntry[] | null,
): ScanReport['procedures'][number] {
  const context = catalogue ? { catalogue } : {};
  const items: Record<string, ItemReport> = {};
  for (const [id, result] of Object.entries(evaluateRules(facts, context))) items[id] = itemReport(result);
  const report: ScanReport['procedures'][number] = { code: facts.code, name: facts.name, items };
  if (catalogue)
    report.inCatalogue = catalogue.some((entry) => entry.code !== null && entry.code === facts.code);
  return report;
}

const itemReport = (result: RuleResult): ItemReport => ({
  status: result.status,
  reason: result.reason,
  evidence: result.evidence?.text ?? null,
  at: result.evidence?.at ?? null,
});

/** A unit website page: each catalogue procedure it lists (with P05) and the unit items. */
export function siteReport(findings: SiteFindings): ScanReport {
  return {
    source: { kind: 'unit-site', url: findings.source.url || null },
    procedures: findings.listings.map((listing) => {
      const facts: ProcedureFacts = {
        source: findings.source,
        code: listing.code,
        name: listing.name,
        state: 'unknown',
        decisionNumber: null,
        decisionDate: null,
        updatedAt: null,
        parts: {},
      };
      const site = {
        url: findings.source.url || undefined,
        at: listing.at,
        text: listing.text,
        portalLink: listing.portalLink,
        linksToProcedure: listing.linksToProcedure,
      };
      return {
        code: listing.code,
        name: listing.name || null,
        matchedBy: listing.matchedBy,
        portalLink: listing.portalLink,
        items: { P05: itemReport(p05UnitWebsite.evaluate(facts, { site })) },
      };
    }),
    unit: {
      items: Object.fromEntries(Object.entries(findings.unitItems).map(([id, r]) => [id, itemReport(r)])),
    },
  };
}
