import { MAX_PHOTOS } from '../../shared/sync/answer-fields.ts';
import type { CongKhaiDatabase } from './database.ts';
import { answerWriteTables, saveAnswer } from './save-answer.ts';

const hex = async (bytes: ArrayBuffer): Promise<string> =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');

/**
 * Attaches a (resized) photo to an answer: the photo is kept by the hash of its bytes (the same
 * photo twice is one photo) and the answer's `photos` gets it, in one transaction. Offline it waits
 * in IndexedDB; the sync engine uploads it before pushing the answer that references it.
 *
 * @returns the photo's hash.
 */
export async function addPhoto(
  db: CongKhaiDatabase,
  key: { subject: string; itemId: string },
  photo: Blob,
  now = Date.now(),
): Promise<string> {
  const hash = await hex(await photo.arrayBuffer());
  await db.transaction('rw', answerWriteTables(db), async () => {
    if (!(await db.photos.get(hash)))
      await db.photos.put({
        hash,
        blob: photo,
        type: photo.type,
        size: photo.size,
        uploaded: 0,
        createdAt: now,
      });
    const current = (await db.answers.get([key.subject, key.itemId]))?.fields.photos ?? [];
    if (current.includes(hash)) return;
    if (current.length >= MAX_PHOTOS) throw new TooManyPhotosError(`At most ${MAX_PHOTOS} photos per item.`);
    await saveAnswer(db, { ...key, fields: { photos: [...current, hash] } }, now);
  });
  return hash;
}

/** Takes a photo off an answer (the photo itself stays, other answers may show it). */
export async function removePhoto(
  db: CongKhaiDatabase,
  key: { subject: string; itemId: string },
  hash: string,
  now = Date.now(),
): Promise<void> {
  const current = (await db.answers.get([key.subject, key.itemId]))?.fields.photos ?? [];
  const next = current.filter((candidate) => candidate !== hash);
  await saveAnswer(db, { ...key, fields: { photos: next.length ? next : null } }, now);
}

export class TooManyPhotosError extends Error {
  override name = 'TooManyPhotosError';
}
