/**
 * Abbreviations that school and ward sites use in procedure names, on loose-normalised text
 * (no accents, lower case). Applied to both sides before names are compared.
 */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bthcs\b/g, 'trung hoc co so'],
  [/\bthpt\b/g, 'trung hoc pho thong'],
  [/\bgd ?dt\b/g, 'giao duc va dao tao'],
  [/\bgd\b/g, 'giao duc'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhs\b/g, 'hoc sinh'],
  [/\bmn\b/g, 'mam non'],
  [/\bgdtx\b/g, 'giao duc thuong xuyen'],
  [/\bdvc\b/g, 'dich vu cong'],
  [/\btthc\b/g, 'thu tuc hanh chinh'],
];

export function expandAbbreviations(loose: string): string {
  let out = loose;
  for (const [pattern, full] of ABBREVIATIONS) out = out.replace(pattern, full);
  return out.replace(/\s+/g, ' ').trim();
}
