/**
 * Names in Vietnamese alphabetical order (Đ after D, tones after the base letter: "An Hội Đông"
 * before "An Hội Tây"), numbers by value. Code-point order gets both wrong.
 */
export const vietnameseOrder = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
