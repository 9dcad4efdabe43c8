import fc from 'fast-check';

/** What a careless or hostile client sends in a text field. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  'a'.repeat(10_000),
  '长'.repeat(5_000),
  '😀'.repeat(3_000),
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '𠮷野家',
  '张三\u202Eevil',
  'e\u0301\u0301\u0301',
  '\u0000',
  'abc\u0000def',
  '\u0007\u001b[31mred\u001b[0m',
  '\uD800',
  '\uFEFF\u200B',
  "'; drop table service_order; --",
  "' OR '1'='1",
  '1; select pg_sleep(5)',
  '$1',
  '%',
  '_%\\',
  '\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '{{7*7}}${7*7}',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x1F',
  '9'.repeat(400),
  '2026-13-45',
  '__proto__',
  'constructor',
  '{"a":1}',
  'null',
  'undefined',
];

export const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1000, maxLength: 4000 }) },
);

/** Numbers out of every range, and numbers that are not numbers. */
export const hostileInt = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2147483647, -2147483648, -1, 0, 1e15, -1e15, 1.5, Number.NaN, Infinity, -Infinity, '12', 'NaN', '1e3', true, [], {}) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
);

export const hostileFloat = fc.oneof(
  fc.constantFrom<unknown>(1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -0, Number.NaN, Infinity, '1.5', 'NaN'),
  fc.double(),
);

export const hostileDate = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      '2026-02-30T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '0001-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '+275760-09-13T00:00:00.000Z',
      '-271821-04-20T00:00:00.000Z',
      '-004713-01-01T00:00:00Z',
      '1970-01-01T00:00:00Z',
      'not a date',
      '2026-01-01',
      '2026-01-01T25:61:61Z',
      '',
      1e15,
      -1,
    ),
  },
  { weight: 1, arbitrary: fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()) },
);

export const hostileEnum = fc.constantFrom<unknown>('', 'castle', 'accept', 'ACCEPT ', '0', 0, '__proto__', 'null');

/** Ids: malformed, of nothing, of another company (filled in at run time), of the wrong kind. */
export const MALFORMED_IDS = ['', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', '01960000-0000-7000-8000-000000000000', "1' or '1'='1", 'ffffffff-ffff-ffff-ffff-ffffffffffff', '0196a3b2-0123-7abc-8def-01234567890'];

export type EditOp = 'replace' | 'delete' | 'null' | 'wrongType' | 'extraField' | 'list';

/** One change to a valid input; which field it lands on is decided against the input at run time. */
export interface Edit {
  pick: number;
  op: EditOp;
  str: string;
  int: unknown;
  float: unknown;
  date: unknown;
  enumValue: unknown;
  otherEnum: number;
  id: number;
  list: 'empty' | 'huge' | 'nulls';
}

export const editArb = fc.record<Edit>({
  pick: fc.nat(),
  op: fc.constantFrom<EditOp>('replace', 'replace', 'replace', 'replace', 'delete', 'null', 'wrongType', 'extraField', 'list'),
  str: hostileString,
  int: hostileInt,
  float: hostileFloat,
  date: hostileDate,
  enumValue: hostileEnum,
  otherEnum: fc.nat(),
  id: fc.nat(),
  list: fc.constantFrom('empty', 'huge', 'nulls'),
});

export const planArb = fc.array(editArb, { minLength: 1, maxLength: 3 });
