import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES } from '../../../worker/routes/photos.ts';
import { seedTestUnit } from '../seed-test-unit.ts';
import { push } from '../sync-calls.ts';
import { mutation, newClientId } from '../sync-fixtures.ts';
import { workerFetch } from '../worker-fetch.ts';

/** A tiny but real JPEG header (magic bytes), then content to make each photo distinct. */
const jpeg = (content: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode(content)]);
const hex = async (bytes: Uint8Array<ArrayBuffer>) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');

const upload = (token: string, hash: string, body: Uint8Array<ArrayBuffer> | string, type = 'image/jpeg') =>
  workerFetch(`/api/v1/photos/${hash}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
    body,
  });
const download = (token: string, hash: string) =>
  workerFetch(`/api/v1/photos/${hash}`, { headers: { Authorization: `Bearer ${token}` } });

describe('photos', () => {
  it('stores a photo once however often it is uploaded, and serves it to the unit’s devices', async () => {
    const unit = await seedTestUnit();
    const a = await unit.enrol();
    const b = await unit.enrol();
    const bytes = jpeg('bảng niêm yết tầng 1');
    const hash = await hex(bytes);

    const first = await upload(a.token, hash, bytes);
    const again = await upload(b.token, hash, bytes);
    const served = await download(b.token, hash);

    expect([first.status, again.status]).toEqual([204, 204]);
    expect(served.status).toBe(200);
    expect(served.headers.get('Content-Type')).toBe('image/jpeg');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM photo WHERE hash = ?1')
      .bind(hash)
      .first('n');
    expect(rows).toBe(1);
    const listed = await env.PHOTOS.list({ prefix: `photos/${hash}` });
    expect(listed.objects).toHaveLength(1);
  });

  it('refuses what is not a photo, bytes that do not match the name, and more than 1 MB', async () => {
    const { token } = await (await seedTestUnit()).enrol();
    const text = new TextEncoder().encode('<svg onload=alert(1)>');
    const bytes = jpeg('x');

    const notImage = await upload(token, await hex(text), text, 'image/jpeg');
    const mismatch = await upload(token, await hex(jpeg('y')), bytes);
    const huge = new Uint8Array(MAX_PHOTO_BYTES + 1);
    huge.set([0xff, 0xd8, 0xff]);
    const tooBig = await upload(token, await hex(huge), huge);

    expect([notImage.status, mismatch.status, tooBig.status]).toEqual([415, 400, 413]);
    for (const response of [notImage, mismatch, tooBig])
      expect(((await response.json()) as { error: { code: string } }).error.code).toMatch(/\w+/);
  });

  it('never serves a photo to another unit’s device, nor lets it reference it', async () => {
    const mine = await seedTestUnit();
    const theirs = await seedTestUnit();
    const a = await mine.enrol();
    const b = await theirs.enrol();
    const bytes = jpeg('ảnh của đơn vị A');
    const hash = await hex(bytes);
    await upload(a.token, hash, bytes);

    const read = await download(b.token, hash);
    const referenced = await push(b.token, newClientId(), [
      mutation({ seq: 1, unitId: theirs.unitId, fields: { status: 'dat', photos: [hash] } }),
    ]);

    expect(read.status).toBe(404);
    expect(referenced.results[0]).toMatchObject({ status: 'rejected', reason: 'photo_missing' });
  });

  it('lets an answer reference the unit’s uploaded photos, and pulls carry the reference', async () => {
    const unit = await seedTestUnit();
    const { token } = await unit.enrol();
    const bytes = jpeg('bảng niêm yết');
    const hash = await hex(bytes);
    await upload(token, hash, bytes);

    const pushed = await push(token, newClientId(), [
      mutation({
        seq: 1,
        unitId: unit.unitId,
        itemId: 'P06',
        fields: { status: 'dat', date: '2026-11-30', photos: [hash] },
      }),
    ]);
    const row = await env.DB.prepare('SELECT fields FROM answer WHERE unit_id = ?1')
      .bind(unit.unitId)
      .first<{ fields: string }>();

    expect(pushed.results[0]!.status).toBe('applied');
    expect(JSON.parse(row!.fields)).toMatchObject({ date: '2026-11-30', photos: [hash] });
  });
});
