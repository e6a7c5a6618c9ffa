import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { MAX_PHOTO_BYTES, MAX_PHOTO_SIDE } from '../../extension/photos/resize-photo.ts';
import { launchExtension } from '../support/launch-extension.ts';
import { median, printTable } from './measure.ts';

const RUNS = 7;
/** A 12-megapixel photo, as a phone camera takes it (4:3). */
const WIDTH = 4000;
const HEIGHT = 3000;

/** The extension's own `resizePhoto`, bundled as a script that sets `globalThis.CongKhaiResize`. */
async function resizeScript(): Promise<string> {
  const entry = fileURLToPath(new URL('../../extension/photos/resize-photo.ts', import.meta.url));
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'CongKhaiResize', fileName: 'resize-photo' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs[0]?.output.find((file) => file.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('vite built no script for resize-photo.ts');
  return chunk.code;
}

/**
 * Paints a 12-megapixel scene with a photo's detail (sky, a notice board with lines of text,
 * shapes, sensor noise; the same every run) and keeps it in the page as a camera JPEG (quality
 * 0.92). Returns its size in bytes.
 */
function makePhoto(page: Page): Promise<number> {
  return page.evaluate(
    async ({ width, height }) => {
      let seed = 20_261_201;
      const random = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        return seed / 2_147_483_648;
      };
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      const sky = ctx.createLinearGradient(0, 0, 0, height);
      sky.addColorStop(0, '#8fb8de');
      sky.addColorStop(0.6, '#d9d2c3');
      sky.addColorStop(1, '#5b4a3a');
      ctx.fillStyle = sky;
      ctx.fillRect(0, 0, width, height);
      for (let i = 0; i < 600; i += 1) {
        ctx.fillStyle = `hsl(${Math.floor(random() * 360)} 45% ${Math.floor(25 + random() * 50)}%)`;
        ctx.fillRect(random() * width, random() * height, 20 + random() * 300, 20 + random() * 300);
      }
      ctx.fillStyle = '#f4f1e8';
      ctx.fillRect(width * 0.2, height * 0.15, width * 0.6, height * 0.7);
      ctx.fillStyle = '#222';
      ctx.font = '56px serif';
      for (let line = 0; line < 28; line += 1)
        ctx.fillText(
          `${line + 1}. Thủ tục chuyển trường đối với học sinh trung học cơ sở — hồ sơ gồm đơn, học bạ`,
          width * 0.22,
          height * 0.2 + line * 72,
        );
      // Sensor noise, a band at a time.
      for (let y = 0; y < height; y += 250) {
        const band = ctx.getImageData(0, y, width, 250);
        for (let i = 0; i < band.data.length; i += 4) {
          const n = (random() - 0.5) * 24;
          band.data[i] = (band.data[i] ?? 0) + n;
          band.data[i + 1] = (band.data[i + 1] ?? 0) + n;
          band.data[i + 2] = (band.data[i + 2] ?? 0) + n;
        }
        ctx.putImageData(band, 0, y);
      }
      const photo = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
      (globalThis as unknown as { photo: Blob }).photo = photo;
      return photo.size;
    },
    { width: WIDTH, height: HEIGHT },
  );
}

/** One `resizePhoto` of the photo: its time and what came out. */
const resizeOnce = (page: Page) =>
  page.evaluate(async () => {
    const { photo, CongKhaiResize } = globalThis as unknown as {
      photo: Blob;
      CongKhaiResize: { resizePhoto(file: Blob): Promise<Blob> };
    };
    const start = performance.now();
    const out = await CongKhaiResize.resizePhoto(photo);
    const ms = performance.now() - start;
    const bitmap = await createImageBitmap(out);
    const result = { ms, bytes: out.size, type: out.type, width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return result;
  });

/** The baseline: decode, draw at full size on a plain canvas and encode (toBlob), nothing else. */
const fullSizeOnce = (page: Page) =>
  page.evaluate(async () => {
    const { photo } = globalThis as unknown as { photo: Blob };
    const start = performance.now();
    const bitmap = await createImageBitmap(photo);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
    bitmap.close();
    return performance.now() - start;
  });

/**
 * Photo resize in headless Chromium: the extension's own `resizePhoto` (extension/photos/), run in
 * one of its pages on a 12-megapixel camera JPEG, median of {@link RUNS}, next to a plain
 * full-size drawImage + toBlob of the same photo measured in the same runs (interleaved).
 */
export async function benchPhotoResize(extensionDir: string): Promise<void> {
  const script = await resizeScript();
  const browser = await launchExtension(extensionDir);
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.id}/options.html`);
    // Through the DevTools protocol: the extension page's CSP allows no script it does not ship.
    await page.evaluate(script);
    const inputBytes = await makePhoto(page);
    await fullSizeOnce(page);
    await resizeOnce(page);
    const baseline: number[] = [];
    const resized: Awaited<ReturnType<typeof resizeOnce>>[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      baseline.push(await fullSizeOnce(page));
      resized.push(await resizeOnce(page));
    }
    const base = median(baseline);
    const resize = median(resized.map((r) => r.ms));
    const out = resized[0]!;
    printTable(
      `Photo resize in headless Chromium (median ms over ${RUNS} runs; the extension's resizePhoto in one of its pages)`,
      ['input', 'full-size drawImage + toBlob (baseline)', 'resize', 'resize / baseline', 'output'],
      [
        [
          `${WIDTH}×${HEIGHT} JPEG, ${(inputBytes / 1024).toFixed(0)} kB`,
          base,
          resize,
          `${(resize / Math.max(base, 0.001)).toFixed(2)}×`,
          `${out.width}×${out.height} ${out.type}, ${(out.bytes / 1024).toFixed(0)} kB`,
        ],
      ],
    );
    const fits = resized.every(
      (r) =>
        r.type === 'image/jpeg' &&
        Math.max(r.width, r.height) <= MAX_PHOTO_SIDE &&
        r.bytes <= MAX_PHOTO_BYTES,
    );
    console.log(
      `target: a JPEG of ≤ ${MAX_PHOTO_SIDE} px and ≤ ${MAX_PHOTO_BYTES / 1024} kB — ${out.width}×${out.height}, ${(out.bytes / 1024).toFixed(0)} kB: ${fits ? 'met' : 'NOT MET'}`,
    );
  } finally {
    await browser.close();
  }
}
