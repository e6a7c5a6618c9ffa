/** A photo's longest side after resizing: enough to read a posted sheet. */
export const MAX_PHOTO_SIDE = 1600;
/** What one photo may weigh after resizing (the server takes up to 1 MB). */
export const MAX_PHOTO_BYTES = 400 * 1024;

/**
 * Resizes a photo in the browser to a JPEG of at most {@link MAX_PHOTO_SIDE} px on its longest
 * side and {@link MAX_PHOTO_BYTES}: lower JPEG quality first, then smaller, until it fits. Runs in
 * any extension page (`createImageBitmap`, `OffscreenCanvas`); a file that is no image throws.
 */
export async function resizePhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    let scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(bitmap.width, bitmap.height));
    for (;;) {
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      const canvas = new OffscreenCanvas(width, height);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
      for (const quality of [0.85, 0.75, 0.65, 0.55]) {
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
        if (blob.size <= MAX_PHOTO_BYTES) return blob;
      }
      scale *= 0.8;
    }
  } finally {
    bitmap.close();
  }
}
