import { evaluateRules } from '../../shared/checklist/evaluate-rules.ts';
import type { RuleResult } from '../../shared/checklist/rule.ts';
import { changedParts, fingerprintFacts } from '../../shared/procedure/facts-fingerprint.ts';
import type { ProcedureFacts } from '../../shared/procedure/procedure-facts.ts';
import { findSiteListing } from '../site/find-site-listing.ts';
import type { CongKhaiDatabase } from './database.ts';
import { postedAt } from './posted-at.ts';

/**
 * Runs the rules over a procedure's facts with what only the extension's database knows: the
 * unit's catalogue (P01/P02) and, for the change watch, the parts that changed since the page
 * the unit's answers were given against (P07/P23 then carry `recheck`), and where the unit's
 * website lists it (P05/P22), and when the office posting was last updated (P23, from the
 * P06/P23 answers' dates). Inside a transaction, that transaction must include `catalogue`,
 * `baselines`, `siteScans` and `answers`. `subject` is the key the answers use: the procedure
 * code, or the page URL when the page shows no code.
 */
export async function judgeFacts(
  db: CongKhaiDatabase,
  subject: string,
  facts: ProcedureFacts,
): Promise<Record<string, RuleResult>> {
  const catalogue = await db.catalogue.toArray();
  const baseline = await db.baselines.get([subject, facts.source.kind]);
  const changed = baseline ? changedParts(baseline.fingerprint, fingerprintFacts(facts)) : [];
  const site = facts.code ? await findSiteListing(db, facts.code) : null;
  return evaluateRules(facts, {
    site,
    postedAt: await postedAt(db, subject),
    ...(catalogue.length > 0 ? { catalogue } : {}),
    ...(changed.length > 0 ? { changedSinceAnswers: changed } : {}),
  });
}
