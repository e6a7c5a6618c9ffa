import type { Excerpt, ProcedureFacts } from '../procedure/procedure-facts.ts';
import type { Localized } from '../text/localized.ts';
import type { ItemStatus } from './item-status.ts';

/** The automatic result of one item: the status and the excerpt that decided it. */
export interface RuleResult {
  status: ItemStatus;
  evidence: Excerpt | null;
  /**
   * Why the rule decided as it did, in Vietnamese and English, for the side panel and reports.
   * Results stored before reasons were bilingual held a Vietnamese string: the extension's
   * database turns them into `{ vi, en }` with the English falling back to it (version 7).
   */
  reason: Localized;
  /**
   * Change watch: the parts that changed since the scan the unit's answers were given against;
   * the side panel shows the item as "cần kiểm tra lại" (re-check needed).
   */
  recheck?: string[];
}

/** What a rule may know besides the page: the unit's catalogue, its answers, its website. */
export interface RuleContext {
  /** The unit's catalogue (P01, P02); absent when not known, e.g. in a scan without one. */
  catalogue?: readonly { code: string | null; name: string }[];
  /** Parts changed since the scan the unit's answers were given against (P07, P23). */
  changedSinceAnswers?: readonly string[];
  /** When the office posting was last updated, as entered by a person (P23). */
  postedAt?: number | null;
  /**
   * Where the unit's website lists this procedure (P05, P22); null when it does not. `url` is the
   * page, `at` the listing's place on it; `linksToProcedure` when the link opens the procedure
   * itself rather than the portal's home page.
   */
  site?: {
    url?: string;
    at: string;
    text: string;
    portalLink: string | null;
    linksToProcedure: boolean;
  } | null;
}

/** One checklist rule; the file that exports it is named after its id (`p08-name.ts`). */
export interface Rule {
  id: string;
  evaluate(facts: ProcedureFacts, context: RuleContext): RuleResult;
}
