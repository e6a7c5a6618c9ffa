/** Thrown by an adapter when the input is not a page kind it knows; shown as "không đọc được". */
export class UnreadablePageError extends Error {
  override name = 'UnreadablePageError';
}
