import * as v from 'valibot';
import { ErrorResponseSchema } from '../../shared/sync/protocol.ts';
import type { CongKhaiDatabase } from '../db/database.ts';
import type { Server } from './call-server.ts';
import { ServerError } from './server-error.ts';

/** One photo request: bytes in or out, the server's JSON error turned into {@link ServerError}. */
async function photoRequest(server: Server, hash: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  if (server.token) headers.set('authorization', `Bearer ${server.token}`);
  let response: Response;
  try {
    response = await server.fetch(new Request(`${server.url}/api/v1/photos/${hash}`, { ...init, headers }));
  } catch (error) {
    throw new ServerError(0, 'network', `${init.method} photo ${hash}: ${String(error)}`);
  }
  if (response.ok) return response;
  const failure = v.safeParse(ErrorResponseSchema, await response.json().catch(() => null));
  throw new ServerError(
    response.status,
    failure.success ? failure.output.error.code : `http_${response.status}`,
    failure.success
      ? failure.output.error.message
      : `${init.method} photo ${hash}: HTTP ${response.status} without a CongKhai error body`,
  );
}

/**
 * Sends every photo that waits (`uploaded = 0`), oldest first, before the answers that reference
 * them are pushed. Offline the first one fails with `network` and they all wait for the next run.
 *
 * @returns how many went.
 */
export async function uploadPhotos(db: CongKhaiDatabase, server: Server): Promise<number> {
  const waiting = await db.photos.where('uploaded').equals(0).sortBy('createdAt');
  for (const photo of waiting) {
    await photoRequest(server, photo.hash, {
      method: 'PUT',
      headers: { 'content-type': photo.type || 'image/jpeg' },
      body: await photo.blob.arrayBuffer(),
    });
    await db.photos.update(photo.hash, { uploaded: 1 });
  }
  return waiting.length;
}

/**
 * A photo to show: from IndexedDB, else fetched from the server (a photo another device of the
 * unit took) and kept. Throws {@link ServerError} when it cannot be had.
 */
export async function loadPhoto(db: CongKhaiDatabase, server: Server | null, hash: string): Promise<Blob> {
  const local = await db.photos.get(hash);
  if (local) return local.blob;
  if (!server)
    throw new ServerError(0, 'network', `photo ${hash} is not on this device and it is not enrolled`);
  const response = await photoRequest(server, hash, { method: 'GET' });
  const blob = await response.blob();
  await db.photos.put({ hash, blob, type: blob.type, size: blob.size, uploaded: 1, createdAt: Date.now() });
  return blob;
}
