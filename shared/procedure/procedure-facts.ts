/**
 * What an adapter reads off one procedure page, independent of the page kind. Rules look only at
 * this, so one rule serves the portal JSON, the legacy tables and the city portal alike.
 */
export type SourceKind = 'portal-json' | 'portal-legacy' | 'portal-hcmc' | 'unit-site';

/**
 * A piece of page text and where it came from: `at` is a JSON path (`data.cases[0]`) or a DOM
 * location, for the highlighter only; `section` is the page's own name for the part it was read
 * in ("Cơ quan thực hiện"), which is what people are shown (evidencePlace()).
 */
export interface Excerpt {
  text: string;
  at: string;
  section?: string;
}

/** The parts of a procedure that Decree 63/2010 Art. 8(2) requires to be published. */
export type PartKey =
  | 'name'
  | 'steps'
  | 'methods'
  | 'dossier'
  | 'processingTime'
  | 'subjects'
  | 'agencies'
  | 'receivingAddress'
  | 'results'
  | 'fees'
  | 'forms'
  | 'requirements'
  | 'legalBasis'
  /** The online public-service level (toàn trình / một phần), Decree 42/2022. */
  | 'onlineService';

export interface ProcedureFacts {
  source: { kind: SourceKind; url: string };
  /** Base procedure code (`2.000815`), or null when the page shows none. */
  code: string | null;
  name: string | null;
  state: 'active' | 'abolished' | 'unknown';
  decisionNumber: string | null;
  /** Epoch ms of the publication decision, when the page tells it. */
  decisionDate: number | null;
  /** Epoch ms of the portal's last update of the record, when the page tells it. */
  updatedAt: number | null;
  /**
   * A part missing from this object means the page does not expose it (the rule answers
   * `chua_kiem_tra`); an empty array means the page has the section but it says nothing.
   */
  parts: Partial<Record<PartKey, Excerpt[]>>;
}
