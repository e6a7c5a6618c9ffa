import * as v from 'valibot';
import { ANSWER_FIELDS, AnswerFieldsSchema } from './answer-fields.ts';
import { MAX_SEQ, MAX_TIME_MS, MIN_TIME_MS } from './bounds.ts';
import { isPlausibleHlc } from './hlc.ts';

/**
 * Sync protocol v1 (docs/architecture.md §3) as data: the extension builds and the worker validates
 * these exact shapes. Objects are strict: an unknown key is a caller's mistake, answered 400.
 */
export const PROTOCOL_VERSION = 1;

/** `_unit` for unit-level items (U01–U15), otherwise the procedure key. */
export const UNIT_SUBJECT = '_unit';

const Id = v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/));
const ItemId = v.pipe(v.string(), v.regex(/^[PU]\d{2}$/));
const SUBJECT = /^(_unit|[\w.-]{1,64})$/;
const Subject = v.pipe(v.string(), v.regex(SUBJECT));

/**
 * Whether `key` can be the subject of an answer: a procedure code or catalogue key, or `_unit`.
 * A page without a procedure code is known by its URL, which cannot be answered against.
 */
export const isSubjectKey = (key: string): boolean => SUBJECT.test(key);
/** A well-formed stamp whose wall time is plausible (shared/sync/bounds.ts). */
const Hlc = v.pipe(v.string(), v.check(isPlausibleHlc, 'Not a plausible HLC stamp.'));
/** Versions, cursors and seqs: exact integers (≤ 2^53 − 1), never REALs in D1. */
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SEQ));
const Seq = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_SEQ));
/** The server's clock in every answer, so a device whose clock is wrong can use it instead. */
const ServerTime = v.pipe(v.number(), v.integer(), v.minValue(MIN_TIME_MS), v.maxValue(MAX_TIME_MS));

export const MutationSchema = v.strictObject({
  seq: Seq,
  unitId: Id,
  subject: Subject,
  itemId: ItemId,
  fields: AnswerFieldsSchema,
  hlc: Hlc,
});
export type Mutation = v.InferOutput<typeof MutationSchema>;

/** Most mutations one push may carry; the client sends its outbox in batches of this size. */
export const MAX_PUSH_MUTATIONS = 500;

export const PushRequestSchema = v.strictObject({
  v: v.literal(PROTOCOL_VERSION),
  clientId: Id,
  // An outbox is pushed in seq order; a repeated or backward seq is a broken client.
  mutations: v.pipe(
    v.array(MutationSchema),
    v.maxLength(MAX_PUSH_MUTATIONS),
    v.check(
      (mutations) => mutations.every((mutation, i) => i === 0 || mutation.seq > mutations[i - 1]!.seq),
      'Mutations must be in strictly increasing seq order.',
    ),
  ),
});
export type PushRequest = v.InferOutput<typeof PushRequestSchema>;

export const SyncRowSchema = v.strictObject({
  unitId: Id,
  subject: Subject,
  itemId: ItemId,
  fields: AnswerFieldsSchema,
  clocks: v.record(v.string(), Hlc),
  version: Count,
  deleted: v.boolean(),
});
export type SyncRow = v.InferOutput<typeof SyncRowSchema>;

/**
 * The outcome of one mutation. Every result whose write did not win in full (`superseded`,
 * `rejected`, `applied` with some fields lost) and every replayed one also carries the server's
 * current row for its key (null when the server has none), so the client puts back what the
 * server holds: a lost or refused local write must not linger on one device only. A result
 * without `row` means the write won in full and nothing needs putting back.
 */
export const PushResultSchema = v.strictObject({
  seq: Seq,
  status: v.picklist(['applied', 'superseded', 'rejected']),
  reason: v.optional(v.string()),
  row: v.optional(v.nullable(SyncRowSchema)),
});
export type PushResult = v.InferOutput<typeof PushResultSchema>;

export const PushResponseSchema = v.strictObject({
  v: v.literal(PROTOCOL_VERSION),
  serverTime: ServerTime,
  lastSeq: Count,
  results: v.array(PushResultSchema),
});
export type PushResponse = v.InferOutput<typeof PushResponseSchema>;

export const PullQuerySchema = v.strictObject({
  unit: Id,
  cursor: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}$/), v.transform(Number)), '0'),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,4}$/), v.transform(Number), v.minValue(1), v.maxValue(1000)),
    '500',
  ),
  client: v.optional(Id),
});

export const PullResponseSchema = v.strictObject({
  v: v.literal(PROTOCOL_VERSION),
  serverTime: ServerTime,
  rows: v.array(SyncRowSchema),
  cursor: Count,
  hasMore: v.boolean(),
  lastSeq: Count,
});
export type PullResponse = v.InferOutput<typeof PullResponseSchema>;

export const EnrollRequestSchema = v.strictObject({
  code: v.pipe(v.string(), v.trim(), v.minLength(4), v.maxLength(64)),
  label: v.optional(v.pipe(v.string(), v.maxLength(100))),
});

export const EnrollResponseSchema = v.strictObject({
  serverTime: ServerTime,
  token: v.string(),
  deviceId: Id,
  /** The device's name: the one asked for, or the unit's name and the browser's. */
  label: v.string(),
  unit: v.strictObject({ id: Id, name: v.string() }),
});
export type EnrollResponse = v.InferOutput<typeof EnrollResponseSchema>;

export const CatalogueProcedureSchema = v.strictObject({
  key: Subject,
  code: v.nullable(v.string()),
  name: v.string(),
  field: v.string(),
  level: v.string(),
});
export type CatalogueProcedure = v.InferOutput<typeof CatalogueProcedureSchema>;

export const CatalogueResponseSchema = v.strictObject({
  v: v.literal(PROTOCOL_VERSION),
  serverTime: ServerTime,
  unit: v.strictObject({ id: Id, name: v.string() }),
  procedures: v.array(CatalogueProcedureSchema),
});
export type CatalogueResponse = v.InferOutput<typeof CatalogueResponseSchema>;

/** The one error shape every route answers with. */
export const ErrorResponseSchema = v.strictObject({
  error: v.strictObject({ code: v.string(), message: v.string() }),
});
export type ErrorResponse = v.InferOutput<typeof ErrorResponseSchema>;

/** `GET /api/v1/sync/history?subject=…&item=…`: the recorded writes of one answer of the device's unit. */
export const HistoryQuerySchema = v.strictObject({ subject: Subject, item: ItemId });

/**
 * One recorded write of an answer: when the server took it, by which device (its label), what it
 * set, and whether it won. `superseded` writes lost to a newer one as a whole; `lostFields` names
 * the fields of an applied write that lost. Rejected writes never took effect and are not listed.
 */
export const HistoryEntrySchema = v.strictObject({
  at: ServerTime,
  hlc: Hlc,
  device: v.nullable(v.string()),
  status: v.picklist(['applied', 'superseded']),
  fields: AnswerFieldsSchema,
  lostFields: v.array(v.picklist(ANSWER_FIELDS)),
});
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;

export const HistoryResponseSchema = v.strictObject({
  v: v.literal(PROTOCOL_VERSION),
  serverTime: ServerTime,
  entries: v.array(HistoryEntrySchema),
});
export type HistoryResponse = v.InferOutput<typeof HistoryResponseSchema>;

/** `GET /api/v1/health`: whether a CongKhai server answers at an address (the options page asks). */
export const HealthResponseSchema = v.strictObject({
  v: v.literal(PROTOCOL_VERSION),
  service: v.literal('congkhai'),
  serverTime: ServerTime,
});
export type HealthResponse = v.InferOutput<typeof HealthResponseSchema>;

/**
 * `GET /api/v1/sync/review`: the district's latest verdict on the device's unit (issue #9): the
 * period it is about (`2026-Q4`…), approved or sent back, and the comments for the unit and per
 * item. The side panel lists the items to fix first. `null` while no reviewer has looked.
 */
export const UnitReviewSchema = v.strictObject({
  period: v.pipe(v.string(), v.regex(/^\d{4}-(M\d{1,2}|Q[1-4]|6M|9M|Y)$/)),
  state: v.picklist(['da_duyet', 'can_bo_sung']),
  comment: v.nullable(v.pipe(v.string(), v.maxLength(2000))),
  reviewer: v.pipe(v.string(), v.maxLength(200)),
  reviewedAt: ServerTime,
  items: v.array(
    v.strictObject({ subject: Subject, itemId: ItemId, comment: v.pipe(v.string(), v.maxLength(2000)) }),
  ),
});
export type UnitReview = v.InferOutput<typeof UnitReviewSchema>;

export const ReviewResponseSchema = v.strictObject({
  v: v.literal(PROTOCOL_VERSION),
  serverTime: ServerTime,
  review: v.nullable(UnitReviewSchema),
});
export type ReviewResponse = v.InferOutput<typeof ReviewResponseSchema>;
