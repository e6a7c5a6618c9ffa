import type { CongKhaiDatabase } from './database.ts';
import { readMeta } from './read-meta.ts';

/**
 * Who this device syncs as: the server, its token, its unit and the client id its pushes carry.
 * Answers from the server are applied only while the same enrolment is stored (see
 * {@link isCurrentEnrolment}): a person may re-enrol while a sync is under way.
 */
export interface Enrolment {
  serverUrl: string;
  token: string;
  unit: { id: string; name: string };
  clientId: string;
}

/** The stored enrolment, or null when this device is not enrolled. */
export async function readEnrolment(db: CongKhaiDatabase): Promise<Enrolment | null> {
  const [serverUrl, token, unit, clientId] = await Promise.all([
    readMeta(db, 'serverUrl'),
    readMeta(db, 'token'),
    readMeta(db, 'unit'),
    readMeta(db, 'clientId'),
  ]);
  return serverUrl && token && unit && clientId ? { serverUrl, token, unit, clientId } : null;
}

/**
 * Whether `enrolment` is still the stored one: same server, same client id (a new enrolment always
 * starts a new client id). Call it inside the transaction that applies a server answer, so a page
 * pulled for an old enrolment can never write its cursor or rows over a new one.
 */
export async function isCurrentEnrolment(
  db: CongKhaiDatabase,
  enrolment: Pick<Enrolment, 'serverUrl' | 'clientId'>,
): Promise<boolean> {
  const [serverUrl, clientId] = await Promise.all([readMeta(db, 'serverUrl'), readMeta(db, 'clientId')]);
  return serverUrl === enrolment.serverUrl && clientId === enrolment.clientId;
}
