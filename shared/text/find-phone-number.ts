/** Characters a Vietnamese phone number is written with besides its digits: (028) 3898.1234, +84 28 … */
const SEPARATOR = /[ .()\-+]/;
/** Where a number may start: "+84", "(028)", "028…", "1900…"/"1800…", not inside another number or date. */
const START = /(?<![\p{L}\p{N}.,/-])(?:\(?\+84|\(0|0|1[89]00)/gu;

/**
 * The first Vietnamese phone number in `text`, as written, or null: a landline or mobile of 10 or
 * 11 digits beginning with 0 (or +84 in its place) in any of the usual spellings —
 * "(028) 3987 6543", "028.3898.1234", "0283 898 1234", "+84 28 3848 1234" — or a 1900/1800
 * hotline of 8 or 10 digits ("1900 1234", "1800 123 456"). Dates, codes ("2.002481") and
 * amounts ("100.000 đồng") are not numbers people call.
 *
 * @example findPhoneNumber('Điện thoại: (028) 3987 6543.') === '(028) 3987 6543'
 */
export function findPhoneNumber(text: string): string | null {
  for (const start of text.matchAll(START)) {
    const found = readNumber(text, start.index);
    if (found) return found;
  }
  return null;
}

/** Reads digits and separators from `from`; the number, once its digits make a whole one. */
function readNumber(text: string, from: number): string | null {
  let digits = '';
  let separators = 0;
  for (let i = from; i < text.length && digits.length <= 12; i += 1) {
    const char = text.charAt(i);
    if (char >= '0' && char <= '9') {
      digits += char;
      separators = 0;
      const next = text.charAt(i + 1);
      if (isWhole(digits) && !(next >= '0' && next <= '9') && !continues(text, i + 1))
        return text.slice(from, i + 1);
    } else if (SEPARATOR.test(char) && separators < 2) {
      separators += 1;
    } else {
      return null;
    }
  }
  return null;
}

/** Whether the digits read so far make a whole number: +84 counts as the leading 0. */
function isWhole(digits: string): boolean {
  const national = digits.startsWith('84') ? `0${digits.slice(2)}` : digits;
  return /^0[1-9]\d{8,9}$/.test(national) || /^1[89]00(\d{4}|\d{6})$/.test(national);
}

/**
 * Whether more digits follow after one separator ("0283 898 1234": the first 10 digits are not
 * the end). A landline read to 10 digits must not stop there when an 11th follows a space.
 */
function continues(text: string, at: number): boolean {
  return SEPARATOR.test(text.charAt(at)) && /[0-9]/.test(text.charAt(at + 1)) && text.charAt(at) !== '+';
}
