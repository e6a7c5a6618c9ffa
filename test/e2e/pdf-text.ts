import { inflateSync } from 'node:zlib';

export interface PdfText {
  /** Each page's text, one line per text run (`Tj`/`TJ`), in the order the page draws them. */
  pages: string[];
  /** The `/MediaBox` of each page, in points: `[width, height]`. */
  sizes: [number, number][];
}

/** Code → text of a `/ToUnicode` CMap: its `bfchar` pairs and `bfrange` runs. */
function readCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const text = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, unicode] of block!.matchAll(/<(\w+)>\s*<(\w+)>/g))
      map.set(parseInt(code!, 16), text(unicode!));
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, first, last, unicode] of block!.matchAll(/<(\w+)>\s*<(\w+)>\s*<(\w+)>/g))
      for (let code = parseInt(first!, 16); code <= parseInt(last!, 16); code++)
        map.set(code, String.fromCharCode(parseInt(unicode!, 16) + code - parseInt(first!, 16)));
  return map;
}

/**
 * The text of a PDF as headless Chromium prints it (Skia: uncompressed object table, Flate
 * streams, Type0 fonts with Identity-H and a ToUnicode CMap, hex strings shown with `Tj`/`TJ`).
 * Enough to read back what a printed page says; not a general PDF reader.
 */
export function pdfText(pdf: Buffer): PdfText {
  const source = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const [, id, body] of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(id!, body!);
  const stream = (id: string) => {
    const body = objects.get(id) ?? '';
    const start = body.indexOf('stream') + 'stream'.length;
    const raw = body.slice(start, body.lastIndexOf('endstream')).replace(/^\r?\n/, '');
    const bytes = Buffer.from(raw, 'latin1');
    return (/\/FlateDecode/.test(body.slice(0, start)) ? inflateSync(bytes) : bytes).toString('latin1');
  };
  const cmaps = new Map<string, Map<number, string>>();
  const fontCmap = (fontId: string) => {
    if (!cmaps.has(fontId)) {
      const unicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontId) ?? '')?.[1];
      cmaps.set(fontId, unicode ? readCmap(stream(unicode)) : new Map());
    }
    return cmaps.get(fontId)!;
  };
  const order = /\/Type \/Pages[\s\S]*?\/Kids \[([^\]]*)\]/.exec(source)?.[1] ?? '';
  const pages: string[] = [];
  const sizes: [number, number][] = [];
  for (const [, pageId] of order.matchAll(/(\d+) 0 R/g)) {
    const page = objects.get(pageId!) ?? '';
    const fonts = new Map(
      [...(/\/Font <<([^>]*)>>/.exec(page)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)].map(([, name, id]) => [
        name!,
        id!,
      ]),
    );
    const box = /\/MediaBox \[([^\]]*)\]/.exec(page)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
    sizes.push([(box[2] ?? 0) - (box[0] ?? 0), (box[3] ?? 0) - (box[1] ?? 0)]);
    const lines: string[] = [];
    let cmap = new Map<number, string>();
    const contents = /\/Contents (\d+) 0 R/.exec(page)?.[1];
    const content = contents ? stream(contents) : '';
    for (const [, font, shown] of content.matchAll(
      /\/(\w+) [\d.]+ Tf|(<[\dA-Fa-f]*>\s*Tj|\[[^\]]*\]\s*TJ)/g,
    )) {
      if (font) cmap = fontCmap(fonts.get(font) ?? '');
      else
        lines.push(
          [...shown!.matchAll(/<([\dA-Fa-f]*)>/g)]
            .flatMap(([, hex]) => hex!.match(/.{4}/g) ?? [])
            .map((code) => cmap.get(parseInt(code, 16)) ?? '\ufffd')
            .join(''),
        );
    }
    pages.push(lines.join('\n'));
  }
  return { pages, sizes };
}
