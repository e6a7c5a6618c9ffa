import { env } from 'cloudflare:workers';
import { encodeHlc } from '../../../shared/sync/hlc.ts';
import { sha256Hex } from '../../../worker/crypto/sha256-hex.ts';
import { type Browser, ORIGIN, seedTestCluster, signedIn } from '../sign-in.ts';
import { jsonInit, workerFetch } from '../worker-fetch.ts';

export interface TestCluster {
  clusterId: string;
  wardId: string;
  schoolId: string;
  /** The random tag every unit name and id of the cluster contains. */
  tag: string;
}

export interface EnrolledDevice {
  token: string;
  deviceId: string;
}

/**
 * Two clusters and every kind of credential the security tests present: cluster A is the target
 * (its admin is the right credential), cluster B the neighbour. Ids and names are random, so
 * worlds of one test file never see each other.
 */
export interface SecurityWorld {
  a: TestCluster;
  b: TestCluster;
  adminA: Browser;
  viewerA: Browser;
  adminB: Browser;
  viewerB: Browser;
  /** An admin of A whose session expired a minute ago. */
  expiredA: Browser;
  /** An admin of A whose session was revoked. */
  revokedA: Browser;
  /** The public id of a second live session of `adminA` (the one the sessions form revokes). */
  secondSessionA: string;
  /** A device of ward A, one of ward B, and a revoked one of ward A. */
  deviceA: EnrolledDevice;
  deviceB: EnrolledDevice;
  revokedDeviceA: EnrolledDevice;
  /** Enrolment codes of ward A: unused (5 uses), expired, revoked, used up. */
  codes: { fresh: string; expired: string; revoked: string; usedUp: string };
  /** `substr(code_hash, 1, 16)` of a live code of ward A: how the codes page names it. */
  liveCodeHandleA: string;
  /** A procedure that exists and is not assigned to ward A (the assignment form adds it). */
  unassignedProcedure: string;
  /** The subject and item of an answer ward A holds (its history has an entry). */
  answeredA: { subject: string; itemId: string };
  /**
   * A catalogue import into school A that `adminA` previewed and has not confirmed: the id of its
   * draft, which the confirmation form sends. A draft is applied once; a world has one.
   */
  draftA: string;
  /** A photo `deviceA` uploaded: ward A's devices may read it, nobody else. */
  photoA: Photo;
  /**
   * A photo nobody had uploaded: every request of the upload route's matrix row sends it, and the
   * positive control stores it (a world has one such control, as for `draftA`).
   */
  freshPhotoA: Photo;
  /** Strings that appear only in cluster A's data: a page or answer of B must contain none. */
  markersA: string[];
}

export const PROCEDURES = ['sec-proc-a', 'sec-proc-b', 'sec-proc-c'] as const;

async function insertCode(
  unitId: string,
  { expiresAt = Date.now() + 86_400_000, maxDevices = 1, revokedAt = null as number | null } = {},
) {
  const code = `SEC-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;
  const hash = await sha256Hex(code);
  await env.DB.prepare(
    `INSERT INTO enrol_code (code_hash, unit_id, expires_at, created_at, max_devices, revoked_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
  )
    .bind(hash, unitId, expiresAt, Date.now(), maxDevices, revokedAt)
    .run();
  return { code, handle: hash.slice(0, 16) };
}

/** Enrols a device through the API with a fresh code of `unitId`. */
export async function enrolDevice(unitId: string, label: string): Promise<EnrolledDevice> {
  const { code } = await insertCode(unitId);
  const response = await workerFetch('/api/v1/devices/enroll', jsonInit('POST', { code, label }));
  if (response.status !== 201) throw new Error(`enrol failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as EnrolledDevice;
}

/** A file as the import form uploads it: its name, type and content. */
export interface Upload {
  fileName: string;
  type: string;
  content: string;
}

/**
 * A catalogue CSV of one procedure new to the catalogue: no code, so its key comes from its name,
 * which is random (a preview of it always has something to add or assign, so it keeps a draft).
 */
export const catalogueUpload = (): Upload => ({
  fileName: 'danh-muc.csv',
  type: 'text/csv',
  content: `code,name,field,level\n,Thủ tục nhập ${crypto.randomUUID().slice(0, 8)},Thử,Cấp Xã\n`,
});

/** Previews `upload` for `unitId` as `browser`, through the import form: the draft it keeps. */
export async function importDraft(browser: Browser, unitId: string, upload = catalogueUpload()) {
  const form = new FormData();
  form.append('_csrf', browser.csrf);
  form.append('unit', unitId);
  form.append('file', new File([upload.content], upload.fileName, { type: upload.type }));
  const response = await workerFetch('/admin/import/preview', {
    method: 'POST',
    headers: { Cookie: browser.cookie, Origin: ORIGIN },
    body: form,
  });
  const html = await response.text();
  const draft = /name="draft" value="([^"]+)"/.exec(html)?.[1];
  if (response.status !== 200 || !draft)
    throw new Error(`import preview failed: ${response.status} ${html.slice(0, 500)}`);
  return draft;
}

/** A photo as the side panel uploads it: the bytes of a JPEG and their SHA-256 (hex), its name. */
export interface Photo {
  hash: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** A JPEG by its magic number (all the worker checks of its type), made distinct by `content`. */
async function photoOf(content: string): Promise<Photo> {
  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode(content)]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return { hash: [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join(''), bytes };
}

/** Uploads `photo` as the device with `token`, through the photo route. */
async function uploadPhoto(token: string, photo: Photo): Promise<void> {
  const response = await workerFetch(`/api/v1/photos/${photo.hash}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'image/jpeg' },
    body: photo.bytes,
  });
  if (response.status !== 204)
    throw new Error(`photo upload failed: ${response.status} ${await response.text()}`);
}

const clusterTag = (clusterId: string) => clusterId.replace(/^cluster-/, '');

/** Builds a {@link SecurityWorld}: about 40 rows and a photo, a few tens of milliseconds. */
export async function seedSecurityWorld(): Promise<SecurityWorld> {
  const [a0, b0] = [await seedTestCluster(), await seedTestCluster()];
  const a = { ...a0, tag: clusterTag(a0.clusterId) };
  const b = { ...b0, tag: clusterTag(b0.clusterId) };
  await env.DB.batch([
    ...PROCEDURES.map((key) =>
      env.DB.prepare(
        "INSERT OR IGNORE INTO procedure (key, code, name, field, level) VALUES (?1, NULL, ?1, 'Thử', 'xã')",
      ).bind(key),
    ),
    ...[a.wardId, b.wardId].flatMap((unitId) =>
      PROCEDURES.slice(0, 2).map((key) =>
        env.DB.prepare('INSERT INTO assignment (unit_id, procedure_key) VALUES (?1, ?2)').bind(unitId, key),
      ),
    ),
  ]);
  const [adminA, viewerA, adminB, viewerB, expiredA, revokedA, secondA] = await Promise.all([
    signedIn('admin', a.clusterId),
    signedIn('viewer', a.clusterId),
    signedIn('admin', b.clusterId),
    signedIn('viewer', b.clusterId),
    signedIn('admin', a.clusterId, { expiresInMs: -60_000 }),
    signedIn('admin', a.clusterId),
    signedIn('admin', a.clusterId),
  ]);
  await env.DB.batch([
    env.DB.prepare('UPDATE session SET revoked_at = ?1 WHERE account_id = ?2').bind(
      Date.now() - 1000,
      revokedA.accountId,
    ),
    // The second browser's session becomes adminA's second session.
    env.DB.prepare('UPDATE session SET account_id = ?1 WHERE account_id = ?2').bind(
      adminA.accountId,
      secondA.accountId,
    ),
    env.DB.prepare('DELETE FROM account WHERE id = ?1').bind(secondA.accountId),
  ]);
  const secondSessionA = (await env.DB.prepare(
    'SELECT s.id FROM session s WHERE s.account_id = ?1 AND s.token_hash = ?2',
  )
    .bind(adminA.accountId, await sha256Hex(secondA.cookie.replace(/^ck_session=/, '')))
    .first<string>('id'))!;

  const deviceA = await enrolDevice(a.wardId, `Máy A ${a.tag}`);
  const deviceB = await enrolDevice(b.wardId, `Máy B ${b.tag}`);
  const revokedDeviceA = await enrolDevice(a.wardId, `Máy thu hồi ${a.tag}`);
  await env.DB.prepare('UPDATE device SET revoked_at = ?1 WHERE id = ?2')
    .bind(Date.now() - 1000, revokedDeviceA.deviceId)
    .run();

  const answeredA = { subject: PROCEDURES[0], itemId: 'P01' };
  const push = await workerFetch(
    '/api/v1/sync/push',
    jsonInit(
      'POST',
      {
        v: 1,
        clientId: `client-${a.tag}`,
        mutations: [
          {
            seq: 1,
            unitId: a.wardId,
            ...answeredA,
            fields: { status: 'dat', note: `Ghi chú ${a.tag}` },
            hlc: encodeHlc({ wall: Date.now() - 1000, counter: 0, node: `node-${a.tag}` }),
          },
        ],
      },
      deviceA.token,
    ),
  );
  if (push.status !== 200) throw new Error(`seed push failed: ${push.status} ${await push.text()}`);

  const fresh = await insertCode(a.wardId, { maxDevices: 5 });
  const expired = await insertCode(a.wardId, { expiresAt: Date.now() - 1000 });
  const revoked = await insertCode(a.wardId, { revokedAt: Date.now() - 1000 });
  const usedUp = await insertCode(a.wardId);
  await env.DB.prepare('UPDATE enrol_code SET enrolled = max_devices, used_at = ?1 WHERE code_hash = ?2')
    .bind(Date.now(), await sha256Hex(usedUp.code))
    .run();
  const draftA = await importDraft(adminA, a.schoolId);
  const photoA = await photoOf(`Bảng niêm yết ${a.tag}`);
  await uploadPhoto(deviceA.token, photoA);
  const freshPhotoA = await photoOf(`Ảnh mới ${a.tag} ${crypto.randomUUID()}`);

  return {
    a,
    b,
    adminA,
    viewerA,
    adminB,
    viewerB,
    expiredA,
    revokedA,
    secondSessionA,
    deviceA,
    deviceB,
    revokedDeviceA,
    codes: { fresh: fresh.code, expired: expired.code, revoked: revoked.code, usedUp: usedUp.code },
    liveCodeHandleA: fresh.handle,
    unassignedProcedure: PROCEDURES[2],
    answeredA,
    draftA,
    photoA,
    freshPhotoA,
    markersA: [a.tag, adminA.username, viewerA.username, deviceA.deviceId],
  };
}
