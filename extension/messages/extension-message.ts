import * as v from 'valibot';
import { ITEM_STATUSES } from '../../shared/checklist/item-status.ts';
import type { RuleResult } from '../../shared/checklist/rule.ts';
import type { Excerpt, ProcedureFacts } from '../../shared/procedure/procedure-facts.ts';
import type { SiteBlock } from '../../shared/site/site-block.ts';

/**
 * Every message the extension's parts send each other through `browser.runtime`, as schemas: the
 * background validates each one at run time (docs/style.md §15: one validation library) and
 * answers anything else `{ ok: false }` without acting on it. Page text is capped, so a hostile
 * page cannot make the background store megabytes.
 */
const Text = v.pipe(v.string(), v.maxLength(20_000));
const Url = v.pipe(v.string(), v.maxLength(4_000));

const ExcerptSchema: v.GenericSchema<Excerpt> = v.object({
  text: Text,
  at: Text,
  section: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

const PART_KEYS = new Set<string>([
  'name',
  'steps',
  'methods',
  'dossier',
  'processingTime',
  'subjects',
  'agencies',
  'receivingAddress',
  'results',
  'fees',
  'forms',
  'requirements',
  'legalBasis',
  'onlineService',
] satisfies (keyof ProcedureFacts['parts'])[]);

const ProcedureFactsSchema = v.object({
  source: v.object({
    kind: v.picklist(['portal-json', 'portal-legacy', 'portal-hcmc', 'unit-site']),
    url: Url,
  }),
  code: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  name: v.nullable(Text),
  state: v.picklist(['active', 'abolished', 'unknown']),
  decisionNumber: v.nullable(Text),
  decisionDate: v.nullable(v.number()),
  updatedAt: v.nullable(v.number()),
  parts: v.pipe(
    v.record(v.string(), v.pipe(v.array(ExcerptSchema), v.maxLength(500))),
    v.check((parts) => Object.keys(parts).every((key) => PART_KEYS.has(key)), 'Unknown part.'),
  ),
}) as v.GenericSchema<ProcedureFacts>;

const RuleResultSchema: v.GenericSchema<RuleResult> = v.object({
  status: v.picklist(ITEM_STATUSES),
  evidence: v.nullable(ExcerptSchema),
  reason: v.object({ vi: Text, en: Text }),
  recheck: v.optional(v.array(v.string())),
});

const SiteBlockSchema: v.GenericSchema<SiteBlock> = v.object({
  text: Text,
  at: Text,
  tag: v.pipe(v.string(), v.maxLength(20)),
  links: v.pipe(v.array(v.object({ href: Url, text: Text })), v.maxLength(200)),
});

/** A content script read a procedure page; the background stores it in `scans`. */
const ScanMessageSchema = v.object({
  type: v.literal('scan'),
  url: Url,
  facts: ProcedureFactsSchema,
  results: v.record(v.pipe(v.string(), v.regex(/^[PU]\d{2}$/)), RuleResultSchema),
});

/** Something was written locally, the side panel opened, or the person asked (`force`): sync. */
const SyncNowMessageSchema = v.object({ type: v.literal('sync-now'), force: v.optional(v.boolean()) });

/**
 * A content script read a page of the unit's website; the background finds the catalogue there,
 * stores the findings in `siteScans` and answers `{ ok: true, summary: SiteScanSummary }`.
 */
const SiteScanMessageSchema = v.object({
  type: v.literal('site-scan'),
  url: Url,
  blocks: v.pipe(v.array(SiteBlockSchema), v.maxLength(5_000)),
});

/** A content script asks which interface language the person chose; answered `{ ok, language }`. */
const GetLanguageMessageSchema = v.object({ type: v.literal('get-language') });

/**
 * The person clicked the badge: the background opens the side panel beside that tab (Chrome lets
 * `sidePanel.open` follow a click relayed this way; the call is made before anything awaits).
 */
const OpenSidePanelMessageSchema = v.object({ type: v.literal('open-side-panel') });

export const ExtensionMessageSchema = v.variant('type', [
  ScanMessageSchema,
  SyncNowMessageSchema,
  SiteScanMessageSchema,
  GetLanguageMessageSchema,
  OpenSidePanelMessageSchema,
]);

export type ScanMessage = v.InferOutput<typeof ScanMessageSchema>;
export type SyncNowMessage = v.InferOutput<typeof SyncNowMessageSchema>;
export type SiteScanMessage = v.InferOutput<typeof SiteScanMessageSchema>;
export type GetLanguageMessage = v.InferOutput<typeof GetLanguageMessageSchema>;
export type ExtensionMessage = v.InferOutput<typeof ExtensionMessageSchema>;

/** Who sent a message, as `runtime.onMessage` tells it. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
}

/**
 * Whether a (valid) message may come from this sender: only this extension's own parts, and
 * page readings and the badge's click only from a content script in a tab.
 */
export function isAllowedSender(
  message: ExtensionMessage,
  sender: MessageSender,
  extensionId: string,
): boolean {
  if (sender.id !== extensionId) return false;
  if (message.type === 'scan' || message.type === 'site-scan' || message.type === 'open-side-panel')
    return sender.tab !== undefined;
  return true;
}
