import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CorpusFile {
  kind: string;
  name: string;
  text: string;
  url: string;
  error: boolean;
}

const corpus = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

/** The scanner corpus's inputs with the URL their expectation names. */
export function corpusFiles(): CorpusFile[] {
  return readdirSync(corpus).flatMap((kind) =>
    readdirSync(`${corpus}${kind}`)
      .filter((file) => file.endsWith('.expected.json'))
      .map((file) => {
        const base = `${corpus}${kind}/${file.replace('.expected.json', '')}`;
        const expected = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as {
          url: string;
          error?: boolean;
        };
        const input = existsSync(`${base}.json`) ? `${base}.json` : `${base}.html`;
        return {
          kind,
          name: file.replace('.expected.json', ''),
          text: readFileSync(input, 'utf8'),
          url: expected.url,
          error: Boolean(expected.error),
        };
      }),
  );
}
