import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';

/**
 * Hostile variations of a route's own request, for the fuzz test: each is a list of changes,
 * kept as data so that fast-check prints a counterexample a person can read and replay. Big
 * values are markers (`{ $huge: n }`, `{ $nest: n }`) expanded only when the request is built.
 */

/** The valid request a route's own client or form sends; the changes start from it. */
export interface RequestTemplate {
  method: 'GET' | 'POST' | 'PUT';
  /** Path segments, e.g. `['admin', 'units', 'ward-1', 'rename']`. */
  segments: string[];
  /** Which segment is an id (`:id`), if any. */
  idSegment: number | null;
  query: [string, string][];
  headers: Record<string, string>;
  body:
    | { kind: 'json'; value: unknown }
    /** A form: its CSRF token (sent first as `_csrf`) apart, so that most changes leave it valid. */
    | { kind: 'form'; csrf: string; fields: [string, string][] }
    /** A file upload (`multipart/form-data`, {@link UPLOAD_BOUNDARY}): a form and its file, sent last. */
    | { kind: 'multipart'; csrf: string; fields: [string, string][]; file: UploadPart }
    /** Raw bytes (a photo upload), named by their SHA-256 in the path segment `idSegment`. */
    | { kind: 'bytes'; value: Uint8Array }
    | { kind: 'none' };
}

/** The file of an upload: its form field, the name and type the browser gives it, its content. */
export interface UploadPart {
  field: string;
  fileName: string;
  type: string;
  content: string;
}

/** The boundary of an upload template's body: its Content-Type must name it. */
export const UPLOAD_BOUNDARY = '----FuzzBoundary7MA4YWxkTrZu0gW';

type Marker = { $huge: number } | { $nest: number; shape: 'array' | 'object' };

export type Change =
  | { op: 'json-set'; at: number; value: unknown }
  | { op: 'json-add'; at: number; key: string; value: unknown }
  | { op: 'json-delete'; at: number }
  | { op: 'form-set'; at: number; value: string | Marker }
  | { op: 'form-add'; key: string; value: string }
  | { op: 'form-duplicate'; at: number; value: string }
  | { op: 'form-delete'; at: number }
  | { op: 'csrf'; value: string | null }
  | { op: 'query-set'; key: string; value: string; encoded: boolean }
  | { op: 'query-garbage'; text: string }
  | { op: 'path'; text: string }
  | { op: 'method'; method: string }
  | { op: 'header'; name: string; value: string | null }
  | { op: 'file-content'; content: FileContent }
  | { op: 'file-name'; name: string }
  | { op: 'file-type'; type: string }
  /** The file's field sent as a text field of its content (no filename). */
  | { op: 'file-as-text' }
  /** A text field (`at` of the fields, -1: `_csrf`) sent as a file of its value. */
  | { op: 'field-as-file'; at: number }
  | { op: 'file-drop' }
  /** A second file in the file's field. */
  | { op: 'file-again'; content: FileContent }
  /** A photo upload's bytes (null: left as they are) sent under the name `name`. */
  | { op: 'photo'; content: PhotoContent | null; name: PhotoName };

/** What an uploaded file holds, as data (a counterexample stays readable); built by {@link fileBytes}. */
export type FileContent =
  /** A CSV of `rows` under the import's own header or `header`, cells quoted or as they are. */
  | { csv: string[][]; header: string[] | null; quoted: boolean; bom: boolean; crlf: boolean }
  /** Bytes after a magic number: a ZIP archive's (as every XLSX), an old Excel file's, none. */
  | { magic: 'zip' | 'ole' | 'none'; bytes: number[] }
  /** The template's file with a bad UTF-8 sequence at `at` (per mille of its length). */
  | { badUtf8: number[]; at: number }
  /** `$bigFile` bytes: one huge cell, NUL bytes, a ZIP magic number and zeros, or CSV rows. */
  | { $bigFile: number; fill: 'cell' | 'nul' | 'zip' | 'rows' }
  /** A real XLSX workbook of `rows` under the portal's header, cut after `cut` bytes or with `flip` bytes changed. */
  | { xlsx: string[][]; cut: number | null; flip: [at: number, byte: number][] };

/** What a photo upload's body holds, as data; built by {@link photoBytes}. */
export type PhotoContent =
  /** `bytes` after a magic number: of a type the route takes, of another, or none. */
  | { magic: PhotoMagic; bytes: number[] }
  /** The template's photo cut after `cut` per mille of its length. */
  | { cut: number }
  /** `$bigPhoto` bytes in all, a magic number then zeros: up to and past the 1 MB limit. */
  | { $bigPhoto: number; magic: PhotoMagic };

/** What a photo's bytes start with: see `PHOTO_MAGIC`. */
export type PhotoMagic =
  | 'jpeg'
  | 'png'
  | 'webp'
  | 'almost-jpeg'
  | 'gif'
  | 'svg'
  | 'html'
  | 'pdf'
  | 'zip'
  | 'none';

/**
 * The name (the path's hash) a photo is sent under: the SHA-256 of the bytes sent (only their
 * type and size can be wrong), the template's (bytes that do not match it), or a malformed one.
 */
export type PhotoName = 'own' | 'template' | 'upper' | 'short' | 'long' | 'non-hex' | 'zero';

export type RawChange =
  | { op: 'empty' }
  | { op: 'bytes'; bytes: number[] }
  | { op: 'bad-utf8'; at: number; sequence: number[] }
  | { op: 'duplicate-key'; key: string; value: string; first: boolean }
  | { op: 'number-token'; token: string }
  | { op: 'deep'; depth: number; shape: 'array' | 'object' }
  | { op: 'huge'; size: number }
  | { op: 'truncate'; at: number }
  | { op: 'multipart'; fileField: number; boundary: string }
  | { op: 'swap-encoding' };

export interface Hostile {
  changes: Change[];
  raw: RawChange | null;
}

// ---- Values.

/** Lone surrogates become U+FFFD, as a browser sends them (`String#toWellFormed`, ES2024). */
const wellFormed = (text: string) =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** Percent-encoded as a browser would. */
const encode = (text: string) => encodeURIComponent(wellFormed(text));

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE account; --",
  '" OR ""="',
  '1; DELETE FROM session',
  "' UNION SELECT token_hash, 1, 1 FROM device --",
  "\\'; UPDATE account SET role='admin' --",
  '%',
  '_',
];
const HTML = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  'javascript:alert(1)',
  '</textarea><script>alert(1)</script>',
  '{{7*7}}#{7*7}',
];
const ODD = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202eevil',
  '\ufeff',
  '../../etc/passwd',
  '%00',
  '%ff',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e308',
  '9007199254740993',
  '__proto__',
  'constructor',
  'true',
  '0x10',
  'A'.repeat(65),
  'ward-x',
  '2025-02-30',
  '9999-99-99',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SQL, ...HTML, ...ODD) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 3000 }).map((n) => 'x'.repeat(n)) },
);

const ABSURD_NUMBERS = [
  1e308,
  -1e308,
  -0,
  2 ** 53 + 1,
  2 ** 53,
  -(2 ** 53) - 1,
  -1,
  0,
  0.5,
  1.5,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 31,
  2 ** 32,
  1e21,
];

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 3, arbitrary: fc.constantFrom(...ABSURD_NUMBERS) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.record({
      $nest: fc.integer({ min: 10, max: 3000 }),
      shape: fc.constantFrom('array' as const, 'object' as const),
    }),
  },
);

const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'unitId',
    'unit',
    'deviceId',
    'role',
    'admin',
    'id',
    'cluster_id',
    '',
    ' ',
    '\u0000',
    '_csrf',
    'a[b]',
    'a.b',
    'x'.repeat(500),
  ),
  fc.string({ maxLength: 10 }),
);

// ---- Changes.

const CONTENT_TYPES = [
  null,
  '',
  'text/plain',
  'application/json',
  'application/json; charset=utf-16',
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'multipart/form-data; boundary=zzz',
  'application/xml',
  'application/json, text/html',
  'application/vnd.api+json',
  'APPLICATION/JSON',
  'text/html',
  `application/${'x'.repeat(2000)}`,
];

const QUERY_GARBAGE = [
  '%',
  '%%%',
  '%ff',
  '%E0%A4%A',
  '&&&',
  '==',
  'a=1&a=2',
  'lang=<script>',
  'lang=en&lang=vi',
  'next=//evil.example',
  'next=/%0d%0aSet-Cookie:x=1',
  '__proto__[admin]=1',
  'constructor[prototype][admin]=1',
  'unit[]=x',
  'unit=',
  'cursor=1e308',
  'cursor=-0',
  'cursor=9007199254740993',
  'limit=NaN',
  'limit=0',
  'limit=99999',
  'item=P01&item=P02',
  'saved=1&revoked=1&expired=1',
  `q=${'x'.repeat(4000)}`,
];

const PATH_TEXTS = [
  '%ff',
  '%00',
  '%',
  '%2e%2e',
  '%2f',
  '..%2f..%2f',
  ';x=1',
  '%E0%A4%A',
  'x'.repeat(3000),
  "'%20OR%20'1'='1",
  '%3Cscript%3E',
  '__proto__',
  'constructor',
];

const HEADER_CHANGES: [string, string | null][] = [
  ['Content-Encoding', 'gzip'],
  ['Content-Encoding', 'br'],
  ['Origin', 'null'],
  ['Origin', 'https://evil.example'],
  ['Origin', null],
  ['Sec-Fetch-Site', 'cross-site'],
  ['Accept', 'application/json'],
  ['Accept', '*/*;q=garbage'],
  ['Accept-Language', 'x'.repeat(1000)],
  ['X-HTTP-Method-Override', 'DELETE'],
  ['X-Forwarded-For', "'; DROP TABLE device; --"],
  ['CF-Connecting-IP', "'; DROP TABLE device; --"],
  ['CF-Connecting-IP', ''],
  ['Cookie', 'ck_session=; ck_session=; ck_lang=<x>'],
  ['Authorization', 'Bearer'],
  ['Authorization', 'Bearer a b'],
  ['Authorization', `Bearer ${'x'.repeat(5000)}`],
  ['Authorization', 'Basic YWRtaW46YWRtaW4='],
];

/** Extra cookies a browser might add to the real one: the credential stays valid. */
const COOKIE_NOISE = [
  'ck_lang=en',
  'ck_lang=<script>',
  'a=b',
  'ck_login=x',
  '=',
  ';;',
  `big=${'y'.repeat(3000)}`,
];

export interface TemplateShape {
  jsonPaths: number;
  /** Whether the body is a form, and how many fields it has besides `_csrf`. */
  form: boolean;
  formFields: number;
  /** Whether the form uploads a file (a multipart template). */
  upload: boolean;
  queryKeys: string[];
  hasId: boolean;
  api: boolean;
  /** Whether the body is a photo's raw bytes (the template's `bytes` kind). */
  photo: boolean;
}

// ---- Uploaded files.

/** What the cells of an uploaded catalogue hold: hostile strings and the texts a real one has. */
const cellArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '1.001193',
      '2.002481',
      '2.00248',
      '1.000656.000.00.00.H29',
      'Đăng ký khai sinh',
      'Hộ tịch',
      'Cấp Xã',
      'Cấp Tỉnh, Cấp Xã',
      'Còn hiệu lực',
      'Đã bãi bỏ',
      '=cmd|"/c calc"!A1',
      '"',
      '""',
      ',',
      '\n',
      '\r\n',
      'x'.repeat(501),
    ),
  },
);

/** Header cells: the names the import knows (both languages), repeated, missing, or hostile. */
const headerArb: fc.Arbitrary<string[]> = fc.array(
  fc.oneof(
    fc.constantFrom(
      'code',
      'name',
      'field',
      'level',
      'state',
      'decision',
      'STT',
      'Mã TTHC',
      'Tên TTHC',
      'Lĩnh vực',
      'Cấp thực hiện',
      'Tình trạng',
      'MÃ  TTHC ',
      '',
    ),
    hostileString,
  ),
  { maxLength: 8 },
);

const fileContentArb: fc.Arbitrary<FileContent> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      csv: fc.array(fc.array(cellArb, { maxLength: 7 }), { maxLength: 5 }),
      header: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: headerArb }),
      quoted: fc.boolean(),
      bom: fc.boolean(),
      crlf: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      magic: fc.constantFrom('zip' as const, 'ole' as const, 'none' as const),
      bytes: fc.array(fc.nat(255), { maxLength: 256 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      badUtf8: fc.constantFrom<number[]>(
        [0xff],
        [0xc3, 0x28],
        [0xe2, 0x82],
        [0xed, 0xa0, 0x80],
        [0xc0, 0xaf],
      ),
      at: fc.nat(1000),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      // Up to the limit of the whole body (2 MiB), and past it.
      $bigFile: fc.constantFrom(300_000, 1_000_000, 2_090_000, 2_100_000),
      fill: fc.constantFrom('cell' as const, 'nul' as const, 'zip' as const, 'rows' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      xlsx: fc.array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 4 }),
      cut: fc.option(fc.nat(4000), { freq: 2 }),
      flip: fc.array(fc.tuple(fc.nat(4000), fc.nat(255)), { maxLength: 3 }),
    }),
  },
);

const FILE_NAMES = [
  '',
  '../../etc/passwd',
  '..\\..\\boot.ini',
  'C:\\fakepath\\danh-muc.csv',
  '<img src=x onerror=alert(1)>.csv',
  'a\u0000b.xlsx',
  'tệp\r\nContent-Type: text/html.csv',
  '\u202ecsv.exe',
  'x'.repeat(3000),
];

const FILE_TYPES = [
  '',
  'text/csv',
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'text/html',
  'image/png',
  'text/csv; charset=utf-16',
  `text/${'x'.repeat(500)}`,
];

function uploadChanges(shape: TemplateShape): fc.WeightedArbitrary<Change>[] {
  return [
    {
      weight: 14,
      arbitrary: fileContentArb.map((content): Change => ({ op: 'file-content', content })),
    },
    {
      weight: 3,
      arbitrary: fc
        .oneof(fc.constantFrom(...FILE_NAMES), hostileString)
        .map((name): Change => ({ op: 'file-name', name })),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...FILE_TYPES).map((type): Change => ({ op: 'file-type', type })),
    },
    { weight: 2, arbitrary: fc.constant<Change>({ op: 'file-as-text' }) },
    {
      weight: 2,
      arbitrary: fc
        .integer({ min: -1, max: shape.formFields - 1 })
        .map((at): Change => ({ op: 'field-as-file', at })),
    },
    { weight: 1, arbitrary: fc.constant<Change>({ op: 'file-drop' }) },
    {
      weight: 1,
      arbitrary: fileContentArb.map((content): Change => ({ op: 'file-again', content })),
    },
  ];
}

// ---- Uploaded photos.

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** What a photo's bytes start with: the three types the route takes, and others a person might send. */
const PHOTO_MAGIC: Record<PhotoMagic, number[]> = {
  jpeg: [0xff, 0xd8, 0xff, 0xe0],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  webp: [...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')],
  'almost-jpeg': [0xff, 0xd8],
  gif: ascii('GIF89a'),
  svg: ascii('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'),
  html: ascii('<!doctype html><script>alert(1)</script>'),
  pdf: ascii('%PDF-1.7'),
  zip: [0x50, 0x4b, 0x03, 0x04],
  none: [],
};
const PHOTO_MAGICS = Object.keys(PHOTO_MAGIC) as PhotoMagic[];

const photoContentArb: fc.Arbitrary<PhotoContent> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      magic: fc.constantFrom(...PHOTO_MAGICS),
      bytes: fc.array(fc.nat(255), { maxLength: 256 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ cut: fc.nat(999) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      // The route's limit is 1 MiB (1,048,576 bytes): under, at, just past, far past.
      $bigPhoto: fc.constantFrom(500_000, 1_048_576, 1_048_577, 2_000_000),
      magic: fc.constantFrom<PhotoMagic>('jpeg', 'png', 'gif', 'none'),
    }),
  },
);

const photoNameArb: fc.Arbitrary<PhotoName> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<PhotoName>('own') },
  {
    weight: 6,
    arbitrary: fc.constantFrom<PhotoName>('template', 'upper', 'short', 'long', 'non-hex', 'zero'),
  },
);

/** Content types a photo might be sent with: the route tells the type from the bytes, never from these. */
const PHOTO_TYPES = [
  'image/png',
  'image/webp',
  'image/svg+xml',
  'image/gif',
  'text/html',
  'application/octet-stream',
  'application/json',
  'image/jpeg; charset=utf-8',
  'multipart/form-data; boundary=x',
];

function photoChanges(): fc.WeightedArbitrary<Change>[] {
  return [
    {
      weight: 16,
      arbitrary: fc.record({
        op: fc.constant('photo' as const),
        content: fc.option(photoContentArb, { freq: 4, nil: null }),
        name: photoNameArb,
      }),
    },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...PHOTO_TYPES)
        .map((value): Change => ({ op: 'header', name: 'Content-Type', value })),
    },
  ];
}

function changeArb(shape: TemplateShape): fc.Arbitrary<Change> {
  const options: fc.WeightedArbitrary<Change>[] = [
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('query-set' as const),
        key: fc.oneof(fc.constantFrom(...shape.queryKeys, 'lang', 'unit', 'next'), hostileKey),
        value: hostileString,
        encoded: fc.boolean(),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('query-garbage' as const),
        text: fc.constantFrom(...QUERY_GARBAGE),
      }),
    },
    {
      weight: shape.hasId ? 4 : 1,
      arbitrary: fc.record({
        op: fc.constant('path' as const),
        text: fc.oneof(
          fc.constantFrom(...PATH_TEXTS),
          hostileString.map((text) => encode(text)),
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('method' as const),
        method: fc.constantFrom('PUT', 'PATCH', 'DELETE'),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.oneof(
        fc.record({
          op: fc.constant('header' as const),
          name: fc.constant('Content-Type'),
          value: fc.constantFrom(...CONTENT_TYPES),
        }),
        fc.constantFrom(...HEADER_CHANGES).map(([name, value]): Change => ({ op: 'header', name, value })),
        fc.constantFrom(...COOKIE_NOISE).map((value): Change => ({ op: 'header', name: '+Cookie', value })),
      ),
    },
  ];
  if (shape.queryKeys.length > 0)
    options.push({
      weight: 12,
      arbitrary: fc.record({
        op: fc.constant('query-set' as const),
        key: fc.constantFrom(...shape.queryKeys),
        value: hostileString,
        encoded: fc.boolean(),
      }),
    });
  if (shape.jsonPaths > 0)
    options.push(
      {
        weight: 16,
        arbitrary: fc.record({
          op: fc.constant('json-set' as const),
          at: fc.nat(shape.jsonPaths - 1),
          value: hostileJson,
        }),
      },
      {
        weight: 6,
        arbitrary: fc.record({
          op: fc.constant('json-add' as const),
          at: fc.nat(shape.jsonPaths - 1),
          key: hostileKey,
          value: hostileJson,
        }),
      },
      {
        weight: 4,
        arbitrary: fc.record({ op: fc.constant('json-delete' as const), at: fc.nat(shape.jsonPaths - 1) }),
      },
    );
  if (shape.form)
    options.push(
      {
        weight: 6,
        arbitrary: fc.record({ op: fc.constant('form-add' as const), key: hostileKey, value: hostileString }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          op: fc.constant('csrf' as const),
          value: fc.oneof(fc.constant(null), hostileString),
        }),
      },
    );
  if (shape.formFields > 0)
    options.push(
      {
        weight: 16,
        arbitrary: fc.record({
          op: fc.constant('form-set' as const),
          at: fc.nat(shape.formFields - 1),
          value: fc.oneof(
            { weight: 18, arbitrary: hostileString },
            {
              weight: 2,
              arbitrary: fc.record({ $huge: fc.constantFrom(60_000, 70_000, 300_000) }),
            },
          ),
        }),
      },
      {
        weight: 4,
        arbitrary: fc.record({
          op: fc.constant('form-duplicate' as const),
          at: fc.nat(shape.formFields - 1),
          value: hostileString,
        }),
      },
      {
        weight: 4,
        arbitrary: fc.record({ op: fc.constant('form-delete' as const), at: fc.nat(shape.formFields - 1) }),
      },
    );
  if (shape.upload) options.push(...uploadChanges(shape));
  if (shape.photo) options.push(...photoChanges());
  return fc.oneof(...options);
}

function rawArb(shape: TemplateShape): fc.Arbitrary<RawChange> {
  const options: fc.WeightedArbitrary<RawChange>[] = [
    { weight: 2, arbitrary: fc.constant({ op: 'empty' as const }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('bytes' as const),
        bytes: fc.array(fc.nat(255), { maxLength: 64 }),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('bad-utf8' as const),
        at: fc.nat(1000),
        sequence: fc.constantFrom<number[]>(
          [0xff],
          [0xfe, 0xff],
          [0xc3, 0x28],
          [0xe2, 0x82],
          [0xed, 0xa0, 0x80],
          [0xf4, 0x90, 0x80, 0x80],
          [0xc0, 0xaf],
          [0x00],
        ),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat(1000) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('huge' as const),
        size: fc.constantFrom(60_000, 70_000, 250_000, 300_000),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('deep' as const),
        depth: fc.constantFrom(100, 5_000, 100_000),
        shape: fc.constantFrom('array' as const, 'object' as const),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ op: 'swap-encoding' as const }) },
  ];
  if (shape.jsonPaths > 0)
    options.push(
      {
        weight: 4,
        arbitrary: fc.record({
          op: fc.constant('duplicate-key' as const),
          key: fc.oneof(
            fc.constantFrom('v', 'code', 'label', 'clientId', 'mutations', 'seq', 'unitId'),
            hostileKey,
          ),
          value: fc.oneof(
            hostileJson.map((value) => JSON.stringify(value) ?? 'null'),
            fc.constantFrom('NaN', 'Infinity', '-0', '1e999', '"\\ud800"', '[]', '{}'),
          ),
          first: fc.boolean(),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          op: fc.constant('number-token' as const),
          token: fc.constantFrom(
            'NaN',
            'Infinity',
            '-Infinity',
            '1e999',
            '-0',
            '0x1F',
            '01',
            '.5',
            '1e308',
            '9007199254740993',
            '+1',
            '1_000',
          ),
        }),
      },
    );
  if (shape.form || !shape.api)
    options.push({
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('multipart' as const),
        fileField: fc.nat(5),
        boundary: fc.constantFrom('b0undary', '', '"quoted"', 'x'.repeat(80)),
      }),
    });
  return fc.oneof(...options);
}

/** Hostile requests for a route of this shape: one to three changes, and a raw body change one time in three. */
export const hostileArb = (shape: TemplateShape): fc.Arbitrary<Hostile> =>
  fc.record({
    changes: fc.array(changeArb(shape), { minLength: 1, maxLength: 3 }),
    raw: fc.option(rawArb(shape), { freq: 3 }),
  });

// ---- Building the request.

/** The paths of a JSON value: every object, array and leaf, the root included (`[]`). */
export function jsonPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const paths = [at];
  if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value))
      paths.push(...jsonPaths(child, [...at, Array.isArray(value) ? Number(key) : key]));
  return paths;
}

/** The value a change puts in: a copy (fast-check reuses its values), markers expanded. */
function expand(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const marker = value as Partial<{ $huge: number; $nest: number; shape: string }>;
    if (typeof marker.$huge === 'number') return 'x'.repeat(marker.$huge);
    if (typeof marker.$nest === 'number') {
      let nested: unknown = 'bottom';
      for (let i = 0; i < marker.$nest; i++) nested = marker.shape === 'object' ? { a: nested } : [nested];
      return nested;
    }
  }
  return structuredClone(value);
}

function applyJson(root: unknown, change: Change, paths: (string | number)[][]): unknown {
  if (change.op !== 'json-set' && change.op !== 'json-add' && change.op !== 'json-delete') return root;
  const path = paths[change.at % paths.length] ?? [];
  if (path.length === 0) {
    if (change.op === 'json-set') return expand(change.value);
    if (change.op === 'json-delete') return undefined;
  }
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (!parent || typeof parent !== 'object') return root;
    parent = parent[key] as Record<string | number, unknown>;
  }
  if (!parent || typeof parent !== 'object') return root;
  const last = path.at(-1)!;
  if (change.op === 'json-set') parent[last] = expand(change.value);
  else if (change.op === 'json-delete') delete parent[last];
  else {
    const target = path.length === 0 ? parent : parent[last];
    if (target && typeof target === 'object')
      Object.defineProperty(target, change.key, {
        value: expand(change.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return root;
}

const bytesOf = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

function multipart(fields: [string, string][], fileField: number, boundary: string): Uint8Array {
  const parts = fields.map(([name, value], i) =>
    i === fileField % Math.max(fields.length, 1)
      ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="x.txt"\r\nContent-Type: text/plain\r\n\r\n${value}\r\n`
      : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return bytesOf(`${parts.join('')}--${boundary}--\r\n`);
}

/** One part of a multipart body; a file part has a filename (and a type, when not empty). */
interface Part {
  name: string;
  value: Uint8Array;
  file?: { fileName: string; type: string };
}

/** A name in a part's header, escaped as browsers do (HTML: `"`, CR and LF percent-encoded). */
const headerText = (text: string) =>
  wellFormed(text).replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** One part of a multipart body, with the boundary line before it. */
const partBytes = ({ name, value, file }: Part, boundary: string) =>
  concat(
    bytesOf(
      `--${boundary}\r\nContent-Disposition: form-data; name="${headerText(name)}"${
        file
          ? `; filename="${headerText(file.fileName)}"${file.type ? `\r\nContent-Type: ${file.type}` : ''}`
          : ''
      }\r\n\r\n`,
    ),
    value,
    bytesOf('\r\n'),
  );

const multipartBody = (parts: Part[], boundary: string) =>
  concat(...parts.map((part) => partBytes(part, boundary)), bytesOf(`--${boundary}--\r\n`));

const csvText = (rows: string[][], quoted: boolean, crlf: boolean) =>
  rows
    .map((row) => row.map((cell) => (quoted ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
    .join(crlf ? '\r\n' : '\n');

const IMPORT_HEADER = ['code', 'name', 'field', 'level'];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A workbook as the portal exports it: a title row, a blank row, the header, then `rows`. */
function xlsxOf(rows: string[][]): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['DANH SÁCH THỦ TỤC HÀNH CHÍNH'],
    [],
    ['STT', 'Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Cấp thực hiện', 'Tình trạng'],
    ...rows.map((row, i) => [String(i + 1), ...row]),
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Danh sách TTHC');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** The bytes of a file that holds `content`; `original` is the template's own file. */
export function fileBytes(content: FileContent, original: Uint8Array): Uint8Array {
  if ('csv' in content) {
    const text = csvText([content.header ?? IMPORT_HEADER, ...content.csv], content.quoted, content.crlf);
    return bytesOf(`${content.bom ? '\ufeff' : ''}${text}`);
  }
  if ('magic' in content) {
    const magic = { zip: ZIP_MAGIC, ole: OLE_MAGIC, none: [] }[content.magic];
    return Uint8Array.from([...magic, ...content.bytes]);
  }
  if ('badUtf8' in content) {
    const at = Math.floor((content.at / 1000) * original.length);
    return concat(original.slice(0, at), Uint8Array.from(content.badUtf8), original.slice(at));
  }
  if ('$bigFile' in content) {
    const size = content.$bigFile;
    switch (content.fill) {
      case 'cell':
        return bytesOf(`code,name,field,level\n,${'x'.repeat(size)},Thử,Cấp Xã\n`);
      case 'nul':
        return new Uint8Array(size);
      case 'zip': {
        const bytes = new Uint8Array(size);
        bytes.set(ZIP_MAGIC);
        return bytes;
      }
      case 'rows': {
        // Distinct rows, far more than the 2,000 an import may have.
        const rows = ['code,name,field,level'];
        for (let i = 0, length = 0; length < size; i++) {
          const row = `,Thủ tục ${i},Lĩnh vực ${i % 7},Cấp Xã`;
          rows.push(row);
          length += row.length + 1;
        }
        return bytesOf(rows.join('\n'));
      }
    }
  }
  const bytes = xlsxOf(content.xlsx);
  for (const [at, byte] of content.flip) bytes[at % bytes.length] = byte;
  return content.cut === null ? bytes : bytes.slice(0, content.cut);
}

/** The bytes of a photo upload that holds `content`; `original` is the template's photo. */
export function photoBytes(content: PhotoContent, original: Uint8Array): Uint8Array {
  if ('cut' in content) return original.slice(0, Math.floor((content.cut / 1000) * original.length));
  const magic = PHOTO_MAGIC[content.magic];
  if ('bytes' in content) return Uint8Array.from([...magic, ...content.bytes]);
  const bytes = new Uint8Array(content.$bigPhoto);
  bytes.set(magic);
  return bytes;
}

/** The path segment a photo of `bytes` is sent under; `template` is the template's own. */
async function photoNameOf(name: PhotoName, bytes: Uint8Array, template: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  const own = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  switch (name) {
    case 'own':
      return own;
    case 'template':
      return template;
    case 'upper':
      return own.toUpperCase();
    case 'short':
      return own.slice(1);
    case 'long':
      return `${own}0`;
    case 'non-hex':
      return `g${own.slice(1)}`;
    case 'zero':
      return '0'.repeat(64);
  }
}

export interface BuiltRequest {
  path: string;
  init: RequestInit;
}

/** The request a hostile variation of `template` sends. */
export async function buildHostile(
  template: RequestTemplate,
  { changes, raw }: Hostile,
): Promise<BuiltRequest> {
  let method: string = template.method;
  const segments = [...template.segments];
  let query = template.query.map(([key, value]) => `${encode(key)}=${encode(value)}`);
  const headers = new Headers(template.headers);
  let json = template.body.kind === 'json' ? structuredClone(template.body.value) : undefined;
  const paths = template.body.kind === 'json' ? jsonPaths(template.body.value) : [];
  const form = template.body.kind === 'form' || template.body.kind === 'multipart' ? template.body : null;
  let fields: [string, string][] = form ? form.fields.map((f) => [...f]) : [];
  let csrf: string | null = form ? form.csrf : null;
  const original = template.body.kind === 'multipart' ? template.body.file : null;
  const templateFile: Uint8Array = original ? bytesOf(original.content) : new Uint8Array();
  /** The upload's file (none once dropped), further files in its field, fields sent as files. */
  let file: (UploadPart & { bytes: Uint8Array; asText: boolean }) | null = original
    ? { ...original, bytes: templateFile, asText: false }
    : null;
  const moreFiles: Uint8Array[] = [];
  const asFiles = new Set<string>();
  const templatePhoto = template.body.kind === 'bytes' ? template.body.value : new Uint8Array();
  let photo = templatePhoto;
  /** The name the photo is sent under, once a change chose one (a later path change wins). */
  let photoName: PhotoName | null = null;

  for (const change of changes) {
    switch (change.op) {
      case 'json-set':
      case 'json-add':
      case 'json-delete':
        json = applyJson(json, change, paths);
        break;
      case 'form-set':
        if (fields.length > 0) {
          const i = change.at % fields.length;
          fields[i] = [fields[i]![0], String(expand(change.value))];
        }
        break;
      case 'form-add':
        fields.push([change.key, change.value]);
        break;
      case 'form-duplicate':
        if (fields.length > 0) fields.push([fields[change.at % fields.length]![0], change.value]);
        break;
      case 'form-delete':
        if (fields.length > 0) fields = fields.filter((_, i) => i !== change.at % fields.length);
        break;
      case 'csrf':
        csrf = change.value;
        break;
      case 'query-set':
        query = query.filter((pair) => !pair.startsWith(`${encode(change.key)}=`));
        query.push(
          change.encoded
            ? `${encode(change.key)}=${encode(change.value)}`
            : `${change.key.replace(/[#\s]/g, '')}=${change.value.replace(/[#\s]/g, '')}`,
        );
        break;
      case 'query-garbage':
        query.push(change.text);
        break;
      case 'path':
        if (template.idSegment !== null) segments[template.idSegment] = change.text;
        else segments.push(change.text);
        photoName = null;
        break;
      case 'method':
        method = change.method;
        break;
      case 'file-content':
        if (file) file.bytes = fileBytes(change.content, templateFile);
        break;
      case 'file-name':
        if (file) file.fileName = change.name;
        break;
      case 'file-type':
        if (file) file.type = change.type;
        break;
      case 'file-as-text':
        if (file) file.asText = true;
        break;
      case 'field-as-file':
        if (change.at < 0) asFiles.add('_csrf');
        else if (fields.length > 0) asFiles.add(fields[change.at % fields.length]![0]);
        break;
      case 'file-drop':
        file = null;
        break;
      case 'file-again':
        moreFiles.push(fileBytes(change.content, templateFile));
        break;
      case 'photo':
        if (change.content) photo = photoBytes(change.content, templatePhoto);
        photoName = change.name;
        break;
      case 'header':
        if (change.name === '+Cookie')
          headers.set('Cookie', [change.value, headers.get('Cookie')].filter(Boolean).join('; '));
        else if (change.value === null) headers.delete(change.name);
        else headers.set(change.name, change.value);
        break;
    }
  }

  let body: Uint8Array | undefined;
  if (csrf !== null) fields.unshift(['_csrf', csrf]);
  if (template.body.kind === 'json')
    body = json === undefined ? new Uint8Array() : bytesOf(JSON.stringify(json));
  else if (template.body.kind === 'form')
    body = bytesOf(new URLSearchParams(fields.map(([k, v]) => [k, wellFormed(v)])).toString());
  else if (template.body.kind === 'bytes') body = photo;
  // Named after the bytes as the changes left them: a raw change below then makes them differ.
  if (photoName !== null && template.idSegment !== null)
    segments[template.idSegment] = await photoNameOf(
      photoName,
      photo,
      template.segments[template.idSegment]!,
    );
  /** The parts of an upload: its fields (`_csrf` first), then its files. */
  const parts: Part[] = fields.map(([name, value]) => ({
    name,
    value: bytesOf(wellFormed(value)),
    ...(asFiles.has(name) ? { file: { fileName: 'blob', type: 'application/octet-stream' } } : {}),
  }));
  if (template.body.kind === 'multipart') {
    const field = template.body.file.field;
    if (file)
      parts.push({
        name: field,
        value: file.bytes,
        ...(file.asText ? {} : { file: { fileName: file.fileName, type: file.type } }),
      });
    for (const bytes of moreFiles)
      parts.push({ name: field, value: bytes, file: { fileName: 'again.csv', type: 'text/csv' } });
    body = multipartBody(parts, UPLOAD_BOUNDARY);
  }

  if (raw) {
    const text = body ? new TextDecoder().decode(body) : '';
    /** Bytes at the start the byte-level changes leave alone: a form's `_csrf=…&`. */
    const kept =
      csrf === null
        ? 0
        : template.body.kind === 'form'
          ? bytesOf(`_csrf=${encode(csrf)}&`).length
          : template.body.kind === 'multipart'
            ? partBytes(parts[0]!, UPLOAD_BOUNDARY).length
            : 0;
    switch (raw.op) {
      case 'empty':
        body = new Uint8Array();
        break;
      case 'bytes':
        body = Uint8Array.from(raw.bytes);
        break;
      case 'bad-utf8': {
        // A form's token field stays whole: the bytes after it are what is aimed at.
        const base = body ?? new Uint8Array();
        const at = kept + Math.floor((raw.at / 1000) * (base.length - kept));
        body = concat(base.slice(0, at), Uint8Array.from(raw.sequence), base.slice(at));
        break;
      }
      case 'truncate': {
        const base = body ?? new Uint8Array();
        body = base.slice(0, kept + Math.floor(((raw.at % 1000) / 1000) * (base.length - kept)));
        break;
      }
      case 'duplicate-key': {
        const pair = `${JSON.stringify(raw.key)}:${raw.value}`;
        body = bytesOf(
          text.startsWith('{') && text.length > 2
            ? raw.first
              ? `{${pair},${text.slice(1)}`
              : `${text.slice(0, -1)},${pair}}`
            : `{${pair}}`,
        );
        break;
      }
      case 'number-token':
        body = bytesOf(
          /-?\d/.test(text) ? text.replace(/-?\d+(\.\d+)?([eE][+-]?\d+)?/, raw.token) : `{"v":${raw.token}}`,
        );
        break;
      case 'deep':
        body = bytesOf(
          raw.shape === 'array'
            ? `${'['.repeat(raw.depth)}${']'.repeat(raw.depth)}`
            : `${'{"a":'.repeat(raw.depth)}1${'}'.repeat(raw.depth)}`,
        );
        break;
      case 'huge':
        if (template.body.kind === 'bytes') {
          body = concat(body ?? new Uint8Array(), new Uint8Array(raw.size));
          break;
        }
        if (template.body.kind === 'multipart') {
          const pad = { name: 'pad', value: bytesOf('x'.repeat(raw.size)) };
          body = concat(partBytes(pad, UPLOAD_BOUNDARY), body ?? new Uint8Array());
          break;
        }
        body =
          template.body.kind === 'form' || (template.body.kind === 'none' && !text)
            ? bytesOf(`${text}&pad=${'x'.repeat(raw.size)}`)
            : bytesOf(`{"pad":"${'x'.repeat(raw.size)}",${text.slice(1)}`);
        break;
      case 'multipart': {
        const pairs =
          template.body.kind === 'form' || template.body.kind === 'multipart'
            ? [
                ...fields,
                ...(file ? [[file.field, new TextDecoder().decode(file.bytes)] as [string, string]] : []),
              ]
            : Object.entries(json ?? {}).map(([k, v]) => [k, JSON.stringify(v)] as [string, string]);
        body = multipart(pairs, raw.fileField, raw.boundary || 'b');
        headers.set('Content-Type', `multipart/form-data; boundary=${raw.boundary}`);
        break;
      }
      case 'swap-encoding':
        if (template.body.kind === 'bytes') {
          // The photo sent as a form field.
          body = bytesOf(new URLSearchParams([['photo', text]]).toString());
          headers.set('Content-Type', 'application/x-www-form-urlencoded');
        } else if (template.body.kind === 'multipart') {
          // The upload sent as a plain form: the file's content becomes a text field.
          const flat = [...fields, ...(file ? [[file.field, new TextDecoder().decode(file.bytes)]] : [])];
          body = bytesOf(new URLSearchParams(flat.map(([k, v]) => [k!, wellFormed(v!)])).toString());
          headers.set('Content-Type', 'application/x-www-form-urlencoded');
        } else if (template.body.kind === 'form') {
          body = bytesOf(JSON.stringify(Object.fromEntries(fields)));
          headers.set('Content-Type', 'application/json');
        } else {
          const flat = Object.entries((json as Record<string, unknown>) ?? {}).map(
            ([k, v]) => [k, typeof v === 'string' ? v : (JSON.stringify(v) ?? '')] as [string, string],
          );
          body = bytesOf(new URLSearchParams(flat.map(([k, v]) => [k, wellFormed(v)])).toString());
          headers.set('Content-Type', 'application/x-www-form-urlencoded');
        }
        break;
    }
  }

  const withBody = method !== 'GET' && method !== 'HEAD';
  return {
    path: `/${segments.join('/')}${query.length > 0 ? `?${query.join('&')}` : ''}`,
    init: {
      method,
      headers,
      body: withBody ? (body as Uint8Array<ArrayBuffer> | undefined) : undefined,
      redirect: 'manual',
    },
  };
}
