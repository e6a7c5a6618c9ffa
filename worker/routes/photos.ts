import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PHOTO_HASH } from '../../shared/sync/answer-fields.ts';
import { ApiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { requireDevice } from '../http/require-device.ts';
import { sniffImageType } from '../http/sniff-image-type.ts';

/** Photos are resized in the browser to ≤ 400 kB; the server takes up to 1 MB. */
export const MAX_PHOTO_BYTES = 1024 * 1024;

const key = (hash: string) => `photos/${hash}`;

const hashOf = async (bytes: ArrayBuffer): Promise<string> =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');

const validHash = (hash: string): string => {
  if (!PHOTO_HASH.test(hash)) throw new ApiError(404, 'not_found', 'No such photo.');
  return hash;
};

/**
 * Photos that prove a posting (issue #8). `PUT /:hash` takes the raw bytes of a JPEG, PNG or
 * WebP up to 1 MB whose SHA-256 is `hash`; the bytes go into R2 once, however often they are
 * uploaded, and the uploader's unit may then reference and read them. `GET /:hash` serves a photo
 * only to devices of a unit that uploaded it (the dashboard's reviewers read them through their
 * own route, issue #9).
 */
export const photos = new Hono<AppEnv>()
  .use(requireDevice)
  .put(
    '/:hash',
    bodyLimit({
      maxSize: MAX_PHOTO_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `A photo may have at most ${MAX_PHOTO_BYTES} bytes.`);
      },
    }),
    async (c) => {
      const hash = validHash(c.req.param('hash'));
      const bytes = await c.req.arrayBuffer();
      const type = sniffImageType(new Uint8Array(bytes));
      if (!type)
        throw new ApiError(415, 'unsupported_media_type', 'A photo must be a JPEG, PNG or WebP image.');
      if ((await hashOf(bytes)) !== hash)
        throw new ApiError(400, 'hash_mismatch', 'The bytes do not match the photo name.');
      const device = c.get('device');
      if (!(await c.env.PHOTOS.head(key(hash))))
        await c.env.PHOTOS.put(key(hash), bytes, { httpMetadata: { contentType: type } });
      await c.env.DB.prepare(
        `INSERT OR IGNORE INTO photo (hash, unit_id, type, size, uploaded_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
      )
        .bind(hash, device.unitId, type, bytes.byteLength, device.id, Date.now())
        .run();
      return c.body(null, 204);
    },
  )
  .get('/:hash', async (c) => {
    const hash = validHash(c.req.param('hash'));
    const owned = await c.env.DB.prepare('SELECT type FROM photo WHERE hash = ?1 AND unit_id = ?2')
      .bind(hash, c.get('device').unitId)
      .first<{ type: string }>();
    const object = owned ? await c.env.PHOTOS.get(key(hash)) : null;
    // Another unit's photo is answered as one that does not exist.
    if (!owned || !object) throw new ApiError(404, 'not_found', 'No such photo.');
    return c.body(object.body, 200, {
      'Content-Type': owned.type,
      'Cache-Control': 'private, max-age=31536000, immutable',
    });
  });
