/**
 * Procedure codes (docs/product.md §3): `N.NNNNNN` is the key; `.NN` adds a case or online service
 * (`2.000815.01`) and the city's local form appends the agency (`1.000656.000.00.00.H29`).
 */
const CODE = /(?<![\d.])(\d{1,2}\.\d{6})(?!\d)((?:\.[0-9A-Za-z]+)*)/;
const CODE_GLOBAL = new RegExp(CODE.source, 'g');

export interface ProcedureCode {
  /** `2.000815`: the key everything is stored under. */
  base: string;
  /** What followed the base code, without the leading dot (`01`, `000.00.00.H29`), or null. */
  suffix: string | null;
}

/** Parses the first procedure code in `text`; null when there is none. */
export function parseProcedureCode(text: string): ProcedureCode | null {
  const match = CODE.exec(text);
  if (!match?.[1]) return null;
  return { base: match[1], suffix: match[2] ? match[2].slice(1) : null };
}

/** Every distinct base code mentioned in `text`, in order of first appearance. */
export function findProcedureCodes(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(CODE_GLOBAL)) if (match[1]) seen.add(match[1]);
  return [...seen];
}

/** True for a well-formed base code such as `2.002481`. */
export const isBaseCode = (value: string): boolean => /^\d{1,2}\.\d{6}$/.test(value);
