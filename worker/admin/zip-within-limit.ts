/** Most entries an XLSX may hold (a workbook of one sheet has about a dozen). */
const MAX_ENTRIES = 1000;

/** The bytes a raw-deflate stream inflates to, or null once they pass `limit` or when it is broken. */
async function inflatedSize(data: Uint8Array<ArrayBuffer>, limit: number): Promise<number | null> {
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let size = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return null;
      }
    }
    return size;
  } catch {
    return null;
  }
}

/**
 * Whether a ZIP archive unpacks to at most `limit` bytes in all, checked before SheetJS reads it:
 * SheetJS inflates every entry in memory, sized by what the headers declare, with no cap of its
 * own, so a 2 MB "zip bomb" could exhaust the Worker's memory. Every entry the central directory
 * lists is inflated here with a running count (entries that share their data count each time);
 * declared sizes count too. An archive that is damaged, encrypted, ZIP64 or compressed with
 * anything but deflate is refused as well (an XLSX is none of these).
 */
export async function zipWithinLimit(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<boolean> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // -1 for a field outside the archive (an offset read from a damaged header can point anywhere).
  const u16 = (at: number) => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  // The end-of-central-directory record: 22 bytes and a comment of at most 65,535.
  let end = bytes.length - 22;
  while (end >= 0 && end >= bytes.length - 22 - 0xffff && u32(end) !== 0x06054b50) end--;
  if (end < 0 || u32(end) !== 0x06054b50) return false;
  const entries = u16(end + 10);
  if (entries > MAX_ENTRIES) return false;
  let at = u32(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    // Each entry of the central directory lies whole before its end record, or the archive is damaged.
    if (at + 46 > end || u32(at) !== 0x02014b50) return false;
    const [flags, method, packed, declared] = [u16(at + 8), u16(at + 10), u32(at + 20), u32(at + 24)];
    const local = u32(at + 42);
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    if (
      flags & 1 ||
      local + 30 > bytes.length ||
      u32(local) !== 0x04034b50 ||
      packed === 0xffffffff ||
      declared === 0xffffffff
    )
      return false;
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + packed > bytes.length) return false;
    // SheetJS allocates what the local header declares, then grows it if the data is larger.
    const claimed = Math.max(declared, u32(local + 22));
    if (total + claimed > limit) return false;
    let size = packed;
    if (method === 8) {
      const inflated = await inflatedSize(bytes.subarray(start, start + packed), limit - total);
      if (inflated === null) return false;
      size = inflated;
    } else if (method !== 0) return false;
    total += Math.max(claimed, size);
    if (total > limit) return false;
  }
  return true;
}
