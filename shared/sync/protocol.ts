import * as v from 'valibot';
import { AnswerFieldsSchema } from './answer-fields.ts';
import { HLC_PATTERN } from './hlc.ts';

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
const Hlc = v.pipe(v.string(), v.regex(HLC_PATTERN));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const MutationSchema = v.strictObject({
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  unitId: Id,
  subject: Subject,
  itemId: ItemId,
  fields: AnswerFieldsSchema,
  hlc: Hlc,
});
export type Mutation = v.InferOutput<typeof MutationSchema>;

/** Most mutations one push may carry; the client sends its outbox in batches of this size. */
export const MAX_PUSH_MUTATIONS = 200;

export const PushRequestSchema = v.strictObject({
  v: v.literal(PROTOCOL_VERSION),
  clientId: Id,
  mutations: v.pipe(v.array(MutationSchema), v.maxLength(MAX_PUSH_MUTATIONS)),
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
 * The outcome of one mutation. A `superseded` or `rejected` one also carries the server's current
 * row for its key (null when the server has none), so the client can put back what the server
 * holds: a lost or refused local write must not linger on one device only.
 */
export const PushResultSchema = v.strictObject({
  seq: Count,
  status: v.picklist(['applied', 'superseded', 'rejected']),
  reason: v.optional(v.string()),
  row: v.optional(v.nullable(SyncRowSchema)),
});
export type PushResult = v.InferOutput<typeof PushResultSchema>;

export const PushResponseSchema = v.strictObject({
  v: v.literal(PROTOCOL_VERSION),
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
  token: v.string(),
  deviceId: Id,
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
  unit: v.strictObject({ id: Id, name: v.string() }),
  procedures: v.array(CatalogueProcedureSchema),
});
export type CatalogueResponse = v.InferOutput<typeof CatalogueResponseSchema>;

/** The one error shape every route answers with. */
export const ErrorResponseSchema = v.strictObject({
  error: v.strictObject({ code: v.string(), message: v.string() }),
});
export type ErrorResponse = v.InferOutput<typeof ErrorResponseSchema>;
