import { Dexie, type EntityTable, type Table } from 'dexie';
import type { RuleResult } from '../../shared/checklist/rule.ts';
import type { FactsFingerprint } from '../../shared/procedure/facts-fingerprint.ts';
import type { ProcedureFacts, SourceKind } from '../../shared/procedure/procedure-facts.ts';
import type { SiteListing } from '../../shared/site/find-catalogue-procedures.ts';
import type { AnswerField, AnswerFields, FieldClocks } from '../../shared/sync/answer-fields.ts';
import type { ServerClock } from '../../shared/sync/clock-skew.ts';
import type { UnitReview } from '../../shared/sync/protocol.ts';
import type { AutomaticFill } from './accept-automatic.ts';
import { localizeStoredReasons } from './localize-stored-reasons.ts';

/** A procedure assigned to the enrolled unit, as the server's catalogue lists it. */
export interface CatalogueRow {
  key: string;
  code: string | null;
  name: string;
  field: string;
  level: string;
}

/** The current value of one checklist item: merged fields and the stamp each field came from. */
export interface AnswerRow {
  /** A procedure code, or `_unit` for the unit items. */
  subject: string;
  itemId: string;
  fields: AnswerFields;
  clocks: FieldClocks;
  updatedAt: number;
}

/** The latest reading of one procedure from one kind of page. */
export interface ScanRow {
  code: string;
  kind: SourceKind;
  url: string;
  facts: ProcedureFacts;
  results: Record<string, RuleResult>;
  /** `fingerprint.hash`: equal hashes mean the page said the same thing. */
  hash: string;
  /** Per-part hashes for the change watch (which parts changed since the answers were given). */
  fingerprint: FactsFingerprint;
  capturedAt: number;
  /** The tab it was last seen in, so the side panel can follow the active tab. */
  tabId: number | null;
}

/** The latest reading of one page of the unit's website: the catalogue procedures it lists, unit items. */
export interface SiteScanRow {
  /** The page address without its `#fragment`. */
  url: string;
  capturedAt: number;
  listings: SiteListing[];
  unitItems: Record<string, RuleResult>;
  /** Codes of the listed procedures, indexed (multi-entry) to find the pages listing one (P05). */
  codes: string[];
}

/**
 * Change watch (issue #3): the page a procedure's answers were given against, per page kind.
 * Written with the answer and its outbox entry, in the same transaction (`save-answer.ts`); a
 * later scan whose fingerprint differs marks P07/P23 "cần kiểm tra lại". Local, not synced.
 */
export interface BaselineRow {
  /** A procedure code (the answers' subject), or the page URL of a page without one. */
  subject: string;
  kind: SourceKind;
  fingerprint: FactsFingerprint;
  /** When the answer that set it was saved. */
  answeredAt: number;
}

/**
 * A photo of a posting (issue #8): resized in the browser, named by the SHA-256 of its bytes.
 * `uploaded` is 0 until the sync engine has sent it (answers reference it only by hash), 1 after,
 * and 1 for a photo fetched from the server to be shown.
 */
export interface PhotoRow {
  hash: string;
  blob: Blob;
  type: string;
  size: number;
  uploaded: 0 | 1;
  createdAt: number;
}

/** A local write not yet acknowledged by the server (docs/architecture.md §3). */
export interface OutboxRow {
  seq?: number;
  /** Null when written before enrolment; the push fills in the enrolled unit. */
  unitId: string | null;
  subject: string;
  itemId: string;
  fields: AnswerFields;
  hlc: string;
}

export interface SyncError {
  code: string;
  message: string;
  at: number;
  /** The HTTP status (0: the server could not be reached); absent in errors stored before it. */
  status?: number;
  /** Whether trying again later may succeed without the person (the network, a busy server). */
  retryable?: boolean;
}

/**
 * A local value the server did not keep: a concurrent write from another device won (or the
 * server refused it) and the sync put the server's value back. Kept so that nothing silently
 * vanishes: the side panel shows it on the item until the person dismisses it.
 */
export interface ConflictRow {
  id?: number;
  subject: string;
  itemId: string;
  field: AnswerField;
  /** The value this device had written, and when (its `checkedAt`). */
  lostValue: unknown;
  lostAt: number | null;
  /** What the server holds instead (undefined when it holds nothing), who wrote it and when. */
  keptValue: unknown;
  keptBy: string | null;
  keptAt: number | null;
  /** `superseded` (a newer write won) or the server's reason for refusing. */
  reason: string;
  recordedAt: number;
}

/** Everything `meta` holds, by key. */
export interface MetaValues {
  serverUrl: string;
  token: string;
  deviceId: string;
  unit: { id: string; name: string };
  clientId: string;
  /** Encoded HLC: the last stamp this device issued or saw. */
  hlc: string;
  cursor: number;
  lastSyncAt: number;
  /** When the catalogue was last fetched: it changes rarely, so syncs refresh it only now and then. */
  catalogueAt: number;
  lastError: SyncError | null;
  language: 'vi' | 'en';
  /** The label this device enrolled with; answers say they were checked by it. */
  deviceLabel: string;
  /**
   * The server's clock as measured at its last answer (every answer carries `serverTime`). Beyond
   * ±60 s the device clock is wrong: writes use the server's time and the side panel says so
   * (shared/sync/clock-skew.ts).
   */
  serverClock: ServerClock;
  /** When old scans were last trimmed (once a day, extension/db/trim-local-data.ts). */
  trimmedAt: number;
  /** What the last "Dùng kết quả tự động" wrote, for its one-step undo (accept-automatic.ts). */
  lastAutomaticFill: AutomaticFill;
  /** The district's latest review of the unit (issue #9), fetched by every sync; null: none yet. */
  review: UnitReview | null;
}

export type MetaKey = keyof MetaValues;

export interface MetaRow {
  key: MetaKey;
  value: unknown;
}

export type CongKhaiDatabase = Dexie & {
  catalogue: EntityTable<CatalogueRow, 'key'>;
  /** Keyed by `[subject, itemId]`. */
  answers: Table<AnswerRow, [string, string]>;
  /** Keyed by `[code, kind]`. */
  scans: Table<ScanRow, [string, string]>;
  outbox: EntityTable<OutboxRow, 'seq'>;
  meta: EntityTable<MetaRow, 'key'>;
  /** Keyed by `[subject, kind]`. */
  baselines: Table<BaselineRow, [string, string]>;
  siteScans: EntityTable<SiteScanRow, 'url'>;
  conflicts: EntityTable<ConflictRow, 'id'>;
  photos: EntityTable<PhotoRow, 'hash'>;
};

/**
 * The extension's one IndexedDB schema. Table names are stored ids (docs/style.md §3): versions only
 * grow; add a `db.version(n + 1)` block, never edit an old one. The name is a parameter so each
 * test gets its own database.
 */
export function createDatabase(name: string): CongKhaiDatabase {
  const db = new Dexie(name) as CongKhaiDatabase;
  db.version(1).stores({
    catalogue: 'key, code',
    answers: '[subject+itemId], subject, updatedAt',
    scans: '[code+kind], code, capturedAt, tabId',
    outbox: '++seq',
    meta: 'key',
  });
  db.version(2).stores({ siteScans: 'url, capturedAt, *codes' });
  db.version(3).stores({ baselines: '[subject+kind], subject' });
  db.version(4).stores({ conflicts: '++id, [subject+itemId], recordedAt' });
  // Sync reads the outbox by key (is a field still waiting?) and by stamp (is one too far ahead?)
  // instead of scanning it: a device offline for long may hold thousands of entries.
  db.version(5).stores({ outbox: '++seq, hlc, [subject+itemId]' });
  db.version(6).stores({ photos: 'hash, uploaded' });
  // Reasons became bilingual (issue #8): results stored before hold a Vietnamese string, read
  // from now on as `{ vi, en }` with the English falling back to it.
  db.version(7)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table<ScanRow>('scans')
        .toCollection()
        .modify((row) => {
          row.results = localizeStoredReasons(row.results);
        });
      await tx
        .table<SiteScanRow>('siteScans')
        .toCollection()
        .modify((row) => {
          row.unitItems = localizeStoredReasons(row.unitItems);
        });
    });
  return db;
}
