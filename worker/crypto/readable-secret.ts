/** Letters and digits people do not confuse when reading or typing (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A random secret a person can read out and type: `groups` groups of four characters from a
 * 31-character alphabet joined by hyphens (three groups ≈ 59 bits, four ≈ 79 bits), e.g.
 * `K7PQ-M2XD-9RTA`. Rejection sampling keeps every character equally likely.
 */
export function readableSecret(groups: number): string {
  const chars: string[] = [];
  while (chars.length < groups * 4) {
    for (const byte of crypto.getRandomValues(new Uint8Array(groups * 8))) {
      if (byte < 248 && chars.length < groups * 4) chars.push(ALPHABET[byte % 31]!);
    }
  }
  return Array.from({ length: groups }, (_, i) => chars.slice(i * 4, i * 4 + 4).join('')).join('-');
}
