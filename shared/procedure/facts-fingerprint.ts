import type { PartKey, ProcedureFacts } from './procedure-facts.ts';

/**
 * What the change watch stores per procedure (issue #3): a hash of each part's text, the
 * portal's `updatedAt` and the decision number. Two fingerprints tell which parts changed, so
 * staff see what to re-check on the office board rather than just "something changed".
 */
export interface FactsFingerprint {
  hash: string;
  parts: Partial<Record<PartKey | 'name', string>>;
  decisionNumber: string | null;
  updatedAt: number | null;
}

export function fingerprintFacts(facts: ProcedureFacts): FactsFingerprint {
  const parts: FactsFingerprint['parts'] = { name: fnv1a(facts.name ?? '') };
  for (const key of Object.keys(facts.parts).sort() as PartKey[]) {
    // Only the texts count: a DOM location moves with the page's layout, not with its content.
    parts[key] = fnv1a((facts.parts[key] ?? []).map((excerpt) => excerpt.text).join('\u241e'));
  }
  const hash = fnv1a(JSON.stringify([parts, facts.decisionNumber]));
  return { hash, parts, decisionNumber: facts.decisionNumber, updatedAt: facts.updatedAt };
}

/**
 * The parts that differ between the fingerprint the unit's answers were given against and a new
 * one, plus `decisionNumber` / `updatedAt` when those moved. A part one side lacks is not counted:
 * a page kind that does not show it says nothing about a change.
 */
export function changedParts(before: FactsFingerprint, after: FactsFingerprint): string[] {
  const changed: string[] = [];
  for (const key of Object.keys(after.parts) as (keyof FactsFingerprint['parts'])[]) {
    const old = before.parts[key];
    if (old !== undefined && old !== after.parts[key]) changed.push(key);
  }
  if (before.decisionNumber && after.decisionNumber && before.decisionNumber !== after.decisionNumber) {
    changed.push('decisionNumber');
  }
  if (before.updatedAt && after.updatedAt && after.updatedAt > before.updatedAt) changed.push('updatedAt');
  return changed;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: a change detector, not a security hash. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
