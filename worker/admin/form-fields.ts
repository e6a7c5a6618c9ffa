import * as v from 'valibot';

/**
 * Field schemas of the admin forms. Their issue messages are page message ids, so the error page
 * says in the person's language what is wrong (worker/dashboard/error-page.tsx).
 */
export const requiredText = (max: number) =>
  v.pipe(v.string('formRequired'), v.trim(), v.minLength(1, 'formRequired'), v.maxLength(max, 'formTooLong'));

export const isoDate = v.pipe(
  v.string('formDate'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'formDate'),
  v.check(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
      new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
    'formDate',
  ),
);

/** A stored id (unit, procedure key): never free text. */
export const idField = v.pipe(v.string('formFieldInvalid'), v.regex(/^[\w.-]{1,64}$/, 'formFieldInvalid'));

export const wholeNumber = (min: number, max: number) =>
  v.pipe(
    v.string('formNumberRange'),
    v.regex(/^\d{1,6}$/, 'formNumberRange'),
    v.transform(Number),
    v.minValue(min, 'formNumberRange'),
    v.maxValue(max, 'formNumberRange'),
  );

export const usernameField = v.pipe(
  v.string('formUsername'),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^[a-z0-9._-]{3,40}$/, 'formUsername'),
);

/** A form object: exactly these fields (a field the form does not have, e.g. a server-owned one, is refused). */
export const formOf = <TEntries extends v.ObjectEntries>(entries: TEntries) =>
  v.strictObject(entries, 'formFieldInvalid');
