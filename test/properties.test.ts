/**
 * Property-based tests (fast-check): every generated call carries the row of the specification table that must
 * answer it, and each property compares the answer with the independent oracle's `expected(...)`
 * (`support/oracle.ts`): the entry, its fallback, the locale, the title, the message and the button label, formatted
 * from the locale JSON files with `intl-messageformat`. Inputs are weighted toward what the spec documents (every
 * status, code and 201 reason, in other valid spellings, bare or in a connection object), then codes the API may
 * add, junk and hostile values (throwing proxies and getters, huge strings, `__proto__`); locales, providers and
 * options likewise. Every run has a new seed, printed on one line; `FC_SEED=<seed>` replays it.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  actions,
  type CatalogError,
  categories,
  createStatusMessages,
  describeStatus,
  getErrorMessage,
  getStatusMessage,
  negotiateLocale,
  type StatusDescription,
  type StatusMessages,
} from '../src/index.js';
import {
  type Catalogs,
  codeCase,
  expected,
  localeCases,
  localeJson,
  nothingFailed,
  providerAsShown,
  reasonKey,
  type SpecCase,
  shippedLocales,
  specCases,
  specReasons,
  usableReason,
} from './support/oracle.js';

// --- The seed: new on every run, printed, and read back from FC_SEED to replay a failure -----------------------

const seed = ((given = process.env.FC_SEED) => {
  if (given === undefined || given.trim() === '') return Math.floor(Math.random() * 2 ** 31);
  const number = Number(given);
  if (!Number.isSafeInteger(number)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(given)}`);
  return number;
})();
console.log(`properties: seed ${seed} (FC_SEED=${seed} npx vitest run test/properties.test.ts to replay)`);
const runs = (numRuns: number) => ({ seed, numRuns });
// About 5 s on an idle 2-core machine; the margin is for a loaded CI machine.
vi.setConfig({ testTimeout: 60_000 });
const mainRuns = 1500;

// --- Prototypes: nothing a call does may add, change or remove a property of a built-in prototype ------------

const prototypes = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype,
  Symbol.prototype,
  BigInt.prototype,
  Map.prototype,
  Set.prototype,
  RegExp.prototype,
  Error.prototype,
  Promise.prototype,
  Date.prototype,
];
const snapshot = () =>
  prototypes.map((prototype) => [
    Object.isExtensible(prototype),
    Reflect.ownKeys(prototype).map((name) => [name, Object.getOwnPropertyDescriptor(prototype, name)]),
  ]);
// Names that the generated inputs use as keys: a polluted prototype would most likely show one of them.
const sentinels = ['polluted', 'title', 'message', 'label', 'provider', 'reason', 'status', 'status_code', 'fr', 'code.201', 'isAdmin'];
const expectCleanObjects = () => {
  const fresh: Record<string, unknown> = {};
  for (const name of sentinels) expect(fresh[name], `Object.prototype.${name}`).toBeUndefined();
};

let before: ReturnType<typeof snapshot>;
beforeAll(() => {
  before = snapshot();
});
afterAll(() => {
  expect(snapshot()).toEqual(before);
});

// --- Hostile values ----------------------------------------------------------------------------------------------

const fail = (what: string) => () => {
  throw new Error(`hostile ${what}`);
};
// fast-check looks for its own symbols on generated values (to clone or print them); these hostile values answer
// those and throw on everything else, which is all the code under test can do with them.
const fastCheckSymbols = new Set<PropertyKey>([fc.cloneMethod, fc.toStringMethod, fc.asyncToStringMethod]);
const printable = <T extends object>(value: T, name: string): T =>
  Object.defineProperty(value, fc.toStringMethod, { value: () => name, enumerable: false });
/** A proxy whose every trap throws: get, has, ownKeys, getPrototypeOf, apply… */
const throwingProxy = (target: object, name: string) =>
  new Proxy(target, {
    get: (_, key) => (key === fc.toStringMethod ? () => name : fastCheckSymbols.has(key) ? undefined : fail(`get ${String(key)}`)()),
    has: (_, key) => (fastCheckSymbols.has(key) ? key === fc.toStringMethod : fail('has')()),
    ownKeys: fail('ownKeys'),
    getOwnPropertyDescriptor: fail('getOwnPropertyDescriptor'),
    getPrototypeOf: fail('getPrototypeOf'),
    setPrototypeOf: fail('setPrototypeOf'),
    defineProperty: fail('defineProperty'),
    deleteProperty: fail('deleteProperty'),
    set: fail('set'),
    isExtensible: fail('isExtensible'),
    preventExtensions: fail('preventExtensions'),
    apply: fail('apply'),
    construct: fail('construct'),
  });
/** A revoked proxy throws even on `Array.isArray` and `in`. */
const revokedProxy = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const throwingGetters = (names: readonly string[]) =>
  printable(
    Object.defineProperties({}, Object.fromEntries(names.map((name) => [name, { enumerable: true, get: fail(`getter ${name}`) }]))),
    `throwingGetters(${names.join(', ')})`,
  ) as Record<string, unknown>;
const unprintable = () =>
  printable({ toString: fail('toString'), valueOf: fail('valueOf'), [Symbol.toPrimitive]: fail('toPrimitive') }, 'unprintable');
const hugeStrings = ['x'.repeat(2 ** 20), 'fr-'.repeat(50_000), 'Bad Credentials '.repeat(10_000), '\uD800'.repeat(10_000)];
/** Values that no function may trip on, none of them a code, a status, a locale or an object with such fields. */
const hostileValues = fc.constantFrom<() => unknown>(
  () => throwingProxy({}, 'throwingProxy({})'),
  () => throwingProxy([], 'throwingProxy([])'),
  () => throwingProxy(() => 1, 'throwingProxy(function)'),
  () => throwingGetters(['status', 'status_code', 'status_reason', 'reason', 'provider', 'length', '0', 'locale', 'entries']),
  unprintable,
  revokedProxy,
  () => Object.create(null),
  () => new Map([['status_code', 201]]),
  () => new String('201'),
  () => new Number(201),
  () => Symbol('201'),
  () => 201n,
  () => new Date(0),
  () => /201/,
  () => new Uint8Array([2, 0, 1]),
  () => Promise.resolve(201),
  () => new Error('201'),
);

/** A short, never-throwing description of a value, for counterexamples. */
const show = (value: unknown): string => {
  try {
    const text = fc.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  } catch {
    return `<${typeof value}>`;
  }
};

// --- What the README calls a code, and the rows of the specification table to start from ----------------------

/** The code a value stands for (README: an integer 100–499, as a number or a numeric string), or `null`. */
const codeOf = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{3}\s*$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 100 && n <= 499 ? n : null;
};

const [junkRow] = specCases.filter((row) => row.key === 'unknown');
if (!junkRow) throw new Error('the specification table has no junk row');
const documentedRows = specCases.filter((row) => row.known && row.fallback === 'none');
/** The first row of each key, in table order: the API's own spelling comes first. */
const firstOfEach = (rows: readonly SpecCase[]) => [...new Map([...rows].reverse().map((row) => [row.key, row])).values()].reverse();
/** Each documented status, from its row whose input holds the status alone. */
const statusRows = firstOfEach(
  documentedRows.filter(
    (row) =>
      typeof row.input === 'object' && row.input !== null && Object.keys(row.input).join() === 'status' && row.key.startsWith('status.'),
  ),
).map((row) => ({
  row,
  name: String((row.input as { status: string }).status)
    .trim()
    .toLowerCase(),
}));
const statusByKey = new Map(statusRows.map(({ row, name }) => [reasonKey(name), { row, name }]));
/** The documented status a value spells, as `describeStatus` names it, or `null`. */
const statusNameOf = (value: unknown): string | null =>
  typeof value === 'string' ? (statusByKey.get(reasonKey(value))?.name ?? null) : null;
const codeRows = documentedRows.filter((row) => typeof row.input === 'number' && row.reason === undefined);
const reasonRows = firstOfEach(documentedRows.filter((row) => row.reason !== undefined && row.key.startsWith('code.201.')));
const documentedCodes = new Set(codeRows.map((row) => row.input as number));
const allReasons = [...new Set(Object.values(specReasons).flat())];

// --- Spellings the README accepts ------------------------------------------------------------------------------

/** A status or reason in another valid spelling: any case, words apart by a space, `_` or `-`, spaces around. */
const respelled = (text: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.array(fc.constantFrom(' ', '_', '-'), { minLength: 3, maxLength: 3 }),
      fc.constantFrom('', ' ', '  '),
      fc.constantFrom('', ' '),
    )
    .map(([upper, separators, before, after]) => {
      const words = text.trim().split(/[\s_-]+/);
      const joined = words.map((word, i) => (i === 0 ? word : `${separators[(i - 1) % separators.length]}${word}`)).join('');
      return `${before}${[...joined].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join('')}${after}`;
    });
/** A code as a number, a numeric string, or one with spaces around (`test/resolve.test.ts`). */
const spelledCode = (code: number) => fc.constantFrom<number | string>(code, String(code), ` ${code} `);

/** Left out of an object, where `undefined` would be an own property. */
const absent = Symbol('absent');
type Shape = 'plain' | 'frozen' | 'null-prototype' | 'getters';
const shapes = fc.constantFrom<Shape>('plain', 'frozen', 'null-prototype', 'getters');
/** An object with these fields (those not `absent`), plain, frozen, without a prototype, or read through getters. */
const objectOf = (fields: Readonly<Record<string, unknown>>, shape: Shape): Record<string, unknown> => {
  const target: Record<string, unknown> = shape === 'null-prototype' ? Object.create(null) : {};
  for (const [name, value] of Object.entries(fields)) {
    if (value === absent) continue;
    Object.defineProperty(
      target,
      name,
      shape === 'getters' ? { enumerable: true, get: () => value } : { enumerable: true, writable: true, configurable: true, value },
    );
  }
  return shape === 'frozen' ? Object.freeze(target) : target;
};

// --- Reasons ---------------------------------------------------------------------------------------------------

/** Reasons that count as none: not a string, blank, or over 256 characters. */
const noReason = fc.constantFrom<unknown>(undefined, null, '', '   ', '\t', 42, {}, ['Bad Credentials'], 'x'.repeat(257), hugeStrings[2]);
/** Reasons the API may add later: none has an entry, the code's own entry answers. */
const newReason = fc.oneof(
  fc.constantFrom('Two Factor Locked', 'Consent Revoked', 'bad:credentials.x', 'Bad Credentials!', '__proto__', 'x'.repeat(256)),
  fc.string({ maxLength: 20 }).map((text) => `New ${text}`),
);
const anyDocumentedReason = fc.constantFrom(...allReasons).chain(respelled);
/** The reasons a call with this code may carry: none, its own, another code's, or a new one. */
const reasonsFor = (code: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: noReason },
    { weight: 2, arbitrary: fc.constantFrom(...(specReasons[code] ?? ['none documented'])).chain(respelled) },
    { weight: 2, arbitrary: newReason },
    { weight: 1, arbitrary: anyDocumentedReason },
  );
const anyReason = fc.oneof(noReason, newReason, anyDocumentedReason);

// --- What a call is given first, and the row that must answer it ------------------------------------------------

type Form = 'number' | 'string' | 'connection' | 'junk' | 'hostile';
interface Subject {
  readonly form: Form;
  readonly input: unknown;
  /** What `describeStatus` reports: the code and documented status given. */
  readonly code: number | null;
  readonly status: string | null;
  /** The `status_reason` of a connection object, as a call reads it. */
  readonly objectReason?: unknown;
  /** The `reason` option to pass, and whether the options must carry it readably. */
  readonly optionReason: unknown;
  readonly reasonInOptions?: boolean;
  /** The row that answers, given the reason that applies. */
  readonly rowFor: (reason: string | undefined) => SpecCase;
}

/** Status fields that name no documented status. */
const junkStatus = fc.constantFrom<unknown>(
  absent,
  undefined,
  null,
  '',
  'rebooting',
  'done',
  'in progress!',
  'constructor',
  '__proto__',
  42,
  {},
);
/** Code fields that are no code: the status decides, or nothing does. */
const junkCode = fc.constantFrom<unknown>(
  absent,
  undefined,
  null,
  0,
  99,
  500,
  600,
  -201,
  201.5,
  'abc',
  '',
  '  ',
  '201.0',
  '1e2',
  '2O1',
  [201],
  201n,
);
/** A documented status in another spelling, with the name `describeStatus` gives it. */
const spelledStatus = fc.constantFrom(...statusRows).chain(({ name }) => respelled(name).map((spelling) => ({ spelling, name })));

/** A documented or new code, bare or in a connection object, with any reason. */
const codeSubject = (code: number): fc.Arbitrary<Subject> => {
  const rowFor = (reason: string | undefined) => codeCase(code, reason);
  // An error code (≥ 200) wins over any status; a 1xx code only over a missing or unknown one.
  const unknownStatus = junkStatus.map((spelling) => ({ spelling, name: null as string | null }));
  const status: fc.Arbitrary<{ spelling: unknown; name: string | null }> =
    code >= 200 ? fc.oneof(spelledStatus, unknownStatus) : unknownStatus;
  return fc.oneof(
    fc.tuple(spelledCode(code), reasonsFor(code)).map(
      ([value, optionReason]): Subject => ({
        form: typeof value === 'number' ? 'number' : 'string',
        input: value,
        code,
        status: null,
        optionReason,
        rowFor,
      }),
    ),
    fc.tuple(spelledCode(code), status, fc.oneof(fc.constant(absent), reasonsFor(code)), reasonsFor(code), shapes).map(
      ([value, { spelling, name }, statusReason, optionReason, shape]): Subject => ({
        form: 'connection',
        input: objectOf({ status: spelling, status_code: value, status_reason: statusReason }, shape),
        code,
        status: name,
        objectReason: statusReason === absent ? undefined : statusReason,
        optionReason,
        rowFor,
      }),
    ),
  );
};

/** A documented status in a connection object, with a missing, junk or 1xx code, which it wins over. */
const statusSubject = ({ row, name }: (typeof statusRows)[number]): fc.Arbitrary<Subject> =>
  fc
    .tuple(
      respelled(name),
      fc.oneof(
        junkCode.map((value) => ({ value, code: null })),
        fc.integer({ min: 100, max: 199 }).chain((code) => spelledCode(code).map((value) => ({ value, code }))),
      ),
      fc.oneof(fc.constant(absent), anyReason),
      anyReason,
      shapes,
    )
    .map(([spelling, { value, code }, statusReason, optionReason, shape]) => ({
      form: 'connection',
      input: objectOf({ status: spelling, status_code: value, status_reason: statusReason }, shape),
      code,
      status: name,
      objectReason: statusReason === absent ? undefined : statusReason,
      optionReason,
      rowFor: () => row,
    }));

/** Code 201 with a documented reason in another spelling, in the options or in the connection object. */
const reasonSubject = (row: SpecCase): fc.Arbitrary<Subject> => {
  const reason = respelled(row.reason as string);
  const rowFor = (used: string | undefined) => codeCase(201, used);
  return fc.oneof(
    fc.tuple(spelledCode(201), reason).map(
      ([value, optionReason]): Subject => ({
        form: typeof value === 'number' ? 'number' : 'string',
        input: value,
        code: 201,
        status: null,
        optionReason,
        reasonInOptions: true,
        rowFor,
      }),
    ),
    // In the connection object, the options giving none; or in both, where the options' reason wins.
    fc.tuple(spelledCode(201), reason, fc.oneof(noReason, reason), spelledStatus, shapes).map(
      ([value, statusReason, optionReason, { spelling, name }, shape]): Subject => ({
        form: 'connection',
        input: objectOf({ status: spelling, status_code: value, status_reason: statusReason }, shape),
        code: 201,
        status: name,
        objectReason: statusReason,
        optionReason,
        reasonInOptions: usableReason(optionReason),
        rowFor,
      }),
    ),
  );
};

/** Every documented status, code and 201 reason, equally likely. */
const documented = fc.oneof(
  ...statusRows.map(statusSubject),
  ...codeRows.map((row) => codeSubject(row.input as number)),
  ...reasonRows.map(reasonSubject),
);
/** A code of each category that the spec does not document. */
const newCode = fc
  .constantFrom(1, 2, 3, 4)
  .chain((hundred) => fc.integer({ min: hundred * 100, max: hundred * 100 + 99 }).filter((code) => !documentedCodes.has(code)))
  .chain(codeSubject);
/** The table's connection objects with conflicting fields, as they are. */
const tableConnections = fc
  .constantFrom(...specCases.filter((row) => typeof row.input === 'object' && row.input !== null && !Array.isArray(row.input)))
  .chain((row) =>
    fc.tuple(noReason, shapes).map(([optionReason, shape]): Subject => {
      const fields = row.input as Record<string, unknown>;
      return {
        form: 'connection',
        input: objectOf(fields, shape),
        code: codeOf(fields.status_code),
        status: statusNameOf(fields.status),
        objectReason: fields.status_reason,
        optionReason,
        rowFor: () => row,
      };
    }),
  );

// Object keys of generated junk: never a field a call reads, so the object stays junk.
const readFields = new Set(['status', 'status_code', 'status_reason', 'reason', 'provider']);
const specialStrings = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uDC00fr',
  'ING\uD83D',
  '{provider}',
  "'{'",
  '{provider, select, other {x}}',
  '<script>alert(1)</script>',
  'code.201',
  'unknown',
  'status.error',
  'action.retry_later',
  '201',
  ' 302 ',
  '1e2',
  '0x12d',
  '201.0',
  'NaN',
  '*',
  'fr-CA',
  'in progress',
  'IN_PROGRESS',
  'Bad Credentials',
  `${' '.repeat(100_000)}201${' '.repeat(100_000)}`,
  ...hugeStrings,
);
const specialNumbers = fc.constantFrom(
  0,
  -0,
  1e308,
  -1e308,
  5e-324,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  99,
  100,
  201,
  201.000001,
  2.01e2,
  499,
  499.5,
  500,
  -201,
);
const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withDate: true,
  withTypedArray: true,
  withUnicodeString: true,
  maxDepth: 2,
  key: fc
    .oneof(
      fc.string(),
      specialStrings.filter((s) => s.length < 100),
    )
    .filter((key) => !readFields.has(key)),
});
/** A value given as is: a code when the README says so (`2.01e2`, `' 302 '`), else junk. */
const valueSubject = (value: unknown, optionReason: unknown): Subject => {
  const code = codeOf(value);
  return code === null
    ? { form: 'junk', input: value, code: null, status: null, optionReason, rowFor: () => junkRow }
    : {
        form: typeof value === 'number' ? 'number' : 'string',
        input: value,
        code,
        status: null,
        optionReason,
        rowFor: (r) => codeCase(code, r),
      };
};
const junk = fc.oneof(
  fc
    .tuple(fc.oneof(anything, specialStrings, specialNumbers, fc.string({ unit: 'binary', maxLength: 40 })), anyReason)
    .map(([value, reason]) => valueSubject(value, reason)),
  // A connection object with no usable status or code: its reason is still reported.
  fc.tuple(junkStatus, junkCode, fc.oneof(fc.constant(absent), anyReason), anyReason, shapes).map(
    ([status, code, statusReason, optionReason, shape]): Subject => ({
      form: 'junk',
      input: objectOf({ status, status_code: code, status_reason: statusReason }, shape),
      code: null,
      status: null,
      objectReason: statusReason === absent ? undefined : statusReason,
      optionReason,
      rowFor: () => junkRow,
    }),
  ),
);
/** Hostile inputs, some of which still carry a connection's fields. */
const hostile = fc.oneof(
  fc.tuple(hostileValues, anyReason).map(([make, optionReason]): Subject => ({ ...valueSubject(make(), optionReason), form: 'hostile' })),
  fc
    .tuple(
      fc.constantFrom<() => Omit<Subject, 'optionReason' | 'form'>>(
        () => ({
          input: Object.freeze({ status_code: 201, status_reason: 'Bad Credentials', status: 'error' }),
          code: 201,
          status: 'error',
          objectReason: 'Bad Credentials',
          rowFor: (r) => codeCase(201, r),
        }),
        () => ({
          input: Object.assign(Object.create(null), { status_code: 302 }),
          code: 302,
          status: null,
          rowFor: (r) => codeCase(302, r),
        }),
        // `__proto__` from JSON is an own property: the prototype, and so `status_code`, are untouched.
        () => ({
          input: JSON.parse('{"__proto__": {"polluted": true, "status_code": 201}, "constructor": {"prototype": {"polluted": true}}}'),
          code: null,
          status: null,
          rowFor: () => junkRow,
        }),
        () => ({
          input: JSON.parse('{"status": "__proto__", "status_code": "constructor", "status_reason": "toString"}'),
          code: null,
          status: null,
          objectReason: 'toString',
          rowFor: () => junkRow,
        }),
        () => ({ input: Object.assign([201], { status_code: 201 }), code: 201, status: null, rowFor: (r) => codeCase(201, r) }),
        // A function is no connection object, whatever fields it has.
        () => ({
          input: Object.assign(() => 'fr', { status_code: 201, provider: 'ING' }),
          code: null,
          status: null,
          rowFor: () => junkRow,
        }),
        () => ({ input: throwingGetters(['status_code']), code: null, status: null, rowFor: () => junkRow }),
      ),
      anyReason,
    )
    .map(([make, optionReason]): Subject => ({ ...make(), optionReason, form: 'hostile' })),
);

// --- Providers and options ---------------------------------------------------------------------------------------

const providers = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'ING',
      ' BNP Paribas ',
      'Crédit Agricole',
      'ΕΘΝΙΚΗ',
      'بنك',
      "O'Brien {Bank} #1",
      "O''Brien",
      '{provider}',
      "'{'",
      '{provider, select, other {x}}',
      '<script>alert(1)</script>',
      '$& $1 $$',
      '\uD800Bank',
      'a\u0000b',
      'x'.repeat(256),
    ),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  // Blank, or too long (also once trimmed): no name.
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t\n', '\u00a0\u2003', `  ${'z'.repeat(300)}  `, hugeStrings[0]) },
  { weight: 1, arbitrary: fc.integer({ min: 257, max: 1000 }).map((n) => 'y'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(42, null, {}, ['ING'], true, 1n) },
);

type OptionsShape = Shape | 'provider throws' | 'none' | 'hostile';
const optionsShapes = fc.constantFrom<OptionsShape>(
  'plain',
  'plain',
  'frozen',
  'null-prototype',
  'getters',
  'provider throws',
  'none',
  'hostile',
);
/** The options object, and the reason and provider a call can read from it. */
const optionsOf = (reason: unknown, provider: unknown, shape: OptionsShape, hostileValue: unknown) => {
  if (shape === 'none') return { options: undefined, reason: undefined, provider: undefined };
  if (shape === 'hostile') return { options: hostileValue, reason: undefined, provider: undefined };
  const fields = { reason: reason === undefined ? absent : reason, provider: provider === undefined ? absent : provider };
  if (shape !== 'provider throws') return { options: objectOf(fields, shape), reason, provider };
  return {
    options: Object.defineProperty(objectOf({ reason: fields.reason }, 'plain'), 'provider', { get: fail('provider') }),
    reason,
    provider: undefined,
  };
};

/** One call: what it passes, and the row, code, status and reason it must be answered with. */
interface Call {
  readonly form: Form;
  readonly input: unknown;
  readonly options: unknown;
  /** The provider option as a call reads it. */
  readonly provider: unknown;
  readonly spec: SpecCase;
  readonly code: number | null;
  readonly status: string | null;
  readonly reason: string | null;
}
const calls: fc.Arbitrary<Call> = fc
  .tuple(
    fc.oneof(
      { weight: 14, arbitrary: documented },
      { weight: 3, arbitrary: newCode },
      { weight: 2, arbitrary: tableConnections },
      { weight: 4, arbitrary: junk },
      { weight: 3, arbitrary: hostile },
    ),
    providers,
    optionsShapes,
    fc.oneof(
      hostileValues,
      anything.map((value) => () => value),
    ),
  )
  .map(([subject, provider, shape, makeHostile]) => {
    const readable = subject.reasonInOptions && (shape === 'none' || shape === 'hostile') ? 'plain' : shape;
    const seen = optionsOf(subject.optionReason, provider, readable, makeHostile());
    // The option's reason wins over the connection's `status_reason` (README).
    const used = usableReason(seen.reason) ? seen.reason : usableReason(subject.objectReason) ? subject.objectReason : undefined;
    const spec = subject.rowFor(used);
    return printable(
      {
        form: subject.form,
        input: subject.input,
        options: seen.options,
        provider: seen.provider,
        spec,
        code: subject.code,
        status: subject.status,
        reason: used ?? null,
      },
      `${spec.name} (${subject.form}): input ${show(subject.input)}, options ${show(seen.options)}`,
    );
  });

// --- Locales -----------------------------------------------------------------------------------------------------

/** A requested locale and the shipped one that must answer, `null` for the instance's default locale. */
interface LocaleChoice {
  readonly requested: unknown;
  readonly answer: string | null;
}
const choice = (requested: unknown, answer: string | null): LocaleChoice => printable({ requested, answer }, `locale ${show(requested)}`);

/** Whether no tag of a request is English: then an English answer in `localeCases` is the default locale's. */
const asksForEnglish = (requested: unknown) => (Array.isArray(requested) ? requested : [requested]).some((t) => /^en\b/i.test(String(t)));
const tableLocales = localeCases.map(([requested, answer]) =>
  choice(requested, answer === 'en' && !asksForEnglish(requested) ? null : answer),
);
/** A request that a shipped locale answers, in another spelling: any case, `_` or `-`, a subtag more. */
const spelledLocale = fc
  .constantFrom(
    ...tableLocales.filter(
      (c): c is LocaleChoice & { requested: string; answer: string } => typeof c.requested === 'string' && c.answer !== null,
    ),
  )
  .chain(({ requested, answer }) =>
    fc
      .tuple(
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.constantFrom('-', '_'),
        /^[a-z]{2,3}$/i.test(requested)
          ? fc.constantFrom('', '', '-CH', '-419', '-Latn', '-x-private', '-u-nu-arab', '-Latn-BE')
          : fc.constant(''),
      )
      .map(([upper, separator, suffix]) =>
        choice(
          `${requested}${suffix}`
            .split(/[-_]/)
            .map((part, i) => (upper[i % 4] ? part.toUpperCase() : part.toLowerCase()))
            .join(separator),
          answer,
        ),
      ),
  );
/** Whether a string is no tag, or one whose language is not shipped (a random one may well be: `deu`, `mo`). */
const isUnsupported = (text: string): boolean => {
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(text.replaceAll('_', '-'))[0] ?? '';
  } catch {
    return true;
  }
  const language = tag.split('-')[0] ?? '';
  return !shippedLocales.includes(language) && language !== 'no';
};
const unsupportedTag = fc.oneof(
  fc.constantFrom(
    'ja',
    'zh-Hant-TW',
    'ko-KR',
    'x-private',
    'und',
    'root',
    '*',
    'not a tag!',
    '',
    ' ',
    '__proto__',
    'toString',
    ...hugeStrings,
  ),
  fc.stringMatching(/^[a-zA-Z]{2,3}([-_][a-zA-Z]{2})?$/).filter(isUnsupported),
  fc.string({ maxLength: 12 }).filter(isUnsupported),
);
// Made when the value that holds it is: fast-check itself trips on a revoked proxy it is handed.
const notALocale = fc.oneof(
  hostileValues,
  fc
    .oneof(
      specialNumbers,
      anything.filter((value) => typeof value !== 'string' && !Array.isArray(value)),
    )
    .map((value) => () => value),
);
const locales: fc.Arbitrary<LocaleChoice> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...tableLocales) },
  { weight: 4, arbitrary: spelledLocale },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.array(
          fc.oneof(
            unsupportedTag.map((tag) => () => tag),
            notALocale,
          ),
          { maxLength: 3 },
        ),
        spelledLocale,
        fc.array(fc.anything(), { maxLength: 2 }),
        fc.boolean(),
      )
      .map(([first, { requested, answer }, rest, frozen]) => {
        const list = [...first.map((make) => make()), requested, ...rest];
        return choice(frozen ? Object.freeze(list) : list, answer);
      }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      choice('de-DE-1996', 'de'),
      choice('en-u-co-phonebk', 'en'),
      choice('sv_FI_x_private', 'sv'),
      choice(Object.freeze(['fr', 'de']), 'fr'),
      choice(['x'.repeat(300), 'nb'], 'nb'),
    ),
  },
  { weight: 2, arbitrary: unsupportedTag.map((tag) => choice(tag, null)) },
  { weight: 2, arbitrary: notALocale.map((make) => choice(make(), null)) },
);

// --- Checking an answer against the oracle ------------------------------------------------------------------------

type Api = Pick<StatusMessages, 'describeStatus' | 'getStatusMessage' | 'getErrorMessage'>;
interface Setting {
  readonly defaultLocale: string;
  readonly isolateProvider: boolean;
  readonly catalogs?: Catalogs;
}
// The oracle formats with this name, then the name as shown takes its place: isolates and `$&` included.
const mark = '\u{F0000}provider\u{F0001}';
const keyLike = /^(status|code|category|action)\.|^unknown$/;

/** What a call must answer, by the oracle: never a key or an empty text. */
const wanted = (call: Call, locale: LocaleChoice, setting: Setting) => {
  const name = providerAsShown(call.provider);
  const want = expected(call.spec, locale.answer ?? setting.defaultLocale, {
    provider: name === undefined ? undefined : mark,
    catalogs: setting.catalogs,
  });
  // Never a key, an empty or blank text: checked before the name, which may hold anything, goes in.
  for (const text of [want.title, want.message, want.actionLabel ?? 'a label']) {
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(keyLike);
  }
  const shown = setting.isolateProvider ? `\u2068${name}\u2069` : (name as string);
  const named = (text: string) => (name === undefined ? text : text.replaceAll(mark, () => shown));
  const ok = nothingFailed(call.spec);
  return {
    locale: want.locale,
    key: want.key,
    fallback: want.fallback,
    title: named(want.title),
    message: named(want.message),
    actionLabel: want.actionLabel,
    action: call.spec.action,
    known: call.spec.known,
    ok,
    code: call.code,
    status: call.status,
    reason: call.reason,
  };
};
const answered = (d: StatusDescription) => ({
  locale: d.locale,
  key: d.key,
  fallback: d.fallback,
  title: d.title,
  message: d.message,
  actionLabel: d.actionLabel,
  action: d.action,
  known: d.known,
  ok: d.category === 'ok',
  code: d.code,
  status: d.status,
  reason: d.reason,
});

/** The three functions answer a call exactly as the oracle does. */
const expectAnswer = (api: Api, call: Call, locale: LocaleChoice, setting: Setting) => {
  const want = wanted(call, locale, setting);
  const [input, requested, options] = [call.input, locale.requested, call.options] as [never, never, never];
  const d = api.describeStatus(input, requested, options);
  expect(answered(d)).toEqual(want);
  expect(api.getStatusMessage(input, requested, options)).toBe(want.message);
  expect(api.getErrorMessage(input, requested, options)).toBe(want.ok ? null : want.message);
  expect(categories).toContain(d.category);
  expect(actions).toContain(d.action);
  expect(['success', 'info', 'warning', 'error']).toContain(d.severity);
  for (const flag of [d.retryable, d.userActionRequired]) expect(typeof flag).toBe('boolean');
};

// --- The generators -------------------------------------------------------------------------------------------------

describe('the generated calls', () => {
  it('take their rows from the specification table: codeCase agrees with every row of a code', () => {
    for (const row of specCases.filter((r) => codeOf(r.input) !== null)) {
      const { chain, key, fallback, action, known } = codeCase(codeOf(row.input) as number, row.reason);
      expect({ chain, key, fallback, action, known }, row.name).toEqual({
        chain: row.chain,
        key: row.key,
        fallback: row.fallback,
        action: row.action,
        known: row.known,
      });
    }
    for (const row of specCases.filter((r) => r.key === 'unknown'))
      expect({ ...row, name: '', input: null }).toEqual({ ...junkRow, name: '', input: null });
  });

  it('cover every documented status, code and 201 reason, every category, fallback, form and shipped locale in one run', () => {
    const generated = fc.sample(fc.tuple(calls, locales), runs(mainRuns));
    const seen = new Set(
      generated.flatMap(([call, locale]) => [
        call.spec.key,
        `fallback ${call.spec.fallback}`,
        `form ${call.form}`,
        `locale ${locale.answer}`,
      ]),
    );
    const documentedKeys = documentedRows.map((row) => row.key);
    expect(new Set(documentedKeys).size).toBe(10 + 15 + 3);
    const everything = [
      ...documentedKeys,
      ...['1xx', '2xx', '3xx', '4xx'].map((c) => `category.${c}`),
      'unknown',
      ...['none', 'code', 'category', 'unknown'].map((f) => `fallback ${f}`),
      ...['number', 'string', 'connection', 'junk', 'hostile'].map((f) => `form ${f}`),
      ...[...shippedLocales, null].map((tag) => `locale ${tag}`),
    ];
    expect(everything.filter((what) => !seen.has(what))).toEqual([]);
  });
});

// --- The properties -------------------------------------------------------------------------------------------------

describe('the main entry, for any input, locale and options', () => {
  it('getStatusMessage, getErrorMessage and describeStatus give the oracle’s entry, texts and label', () => {
    const main = { defaultLocale: 'en', isolateProvider: false };
    fc.assert(
      fc.property(calls, locales, (call, locale) => {
        expectAnswer({ describeStatus, getStatusMessage, getErrorMessage }, call, locale, main);
        expectCleanObjects();
      }),
      runs(mainRuns),
    );
  });

  const spelledHeader = fc.tuple(
    // Best-fit matching, unlike lookup, refuses another script (`bg-Latn`): no script, extension or private use here.
    spelledLocale.filter((c) => !/latn|[-_][xu][-_]/i.test(String(c.requested))),
    fc.constantFrom('', ';q=1', ';q=1.0'),
  );
  /** Ranges that count for nothing: no tag, or a weight of 0. */
  const noRanges = fc.array(
    fc.oneof(
      fc.constantFrom('not a tag!', '', '*', '12', 'x'.repeat(300), ';q=0.5'),
      fc
        .tuple(fc.constantFrom('fr', 'de-CH', 'ja', 'pt-BR'), fc.constantFrom(';q=0', ';q=0.0', ';q=-1', ';q=2'))
        .map(([tag, q]) => `${tag}${q}`),
    ),
    { maxLength: 3 },
  );
  it('negotiateLocale answers the first shipped locale of a header, in any spelling, and English for none', () => {
    fc.assert(
      fc.property(spelledHeader, noRanges, noRanges, ([{ requested, answer }, weight], first, rest) => {
        expect(negotiateLocale([...first, `${requested}${weight}`, ...rest].join(', '))).toBe(answer);
        expect(negotiateLocale([...first, ...rest].join(','))).toBe('en');
      }),
      runs(500),
    );
  });

  it('negotiateLocale always gives a shipped locale, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          notALocale,
          fc
            .oneof(
              unsupportedTag,
              fc.array(
                fc.oneof(
                  unsupportedTag,
                  spelledLocale.map((c) => c.requested),
                  anything,
                ),
                { maxLength: 5 },
              ),
              fc
                .array(fc.tuple(fc.oneof(unsupportedTag, specialStrings), fc.oneof(fc.double(), fc.constantFrom(0, 1, 0.5, -1))), {
                  maxLength: 5,
                })
                .map((ranges) => ranges.map(([tag, q]) => `${tag};q=${q}`).join(', ')),
            )
            .map((header) => () => header),
        ),
        (makeHeader) => {
          expect(shippedLocales).toContain(negotiateLocale(makeHeader()));
          expectCleanObjects();
        },
      ),
      runs(500),
    );
  });
});

describe('an instance of createStatusMessages, for any input, locale and options', () => {
  const instances: [string, StatusMessages, Setting][] = [
    [
      'with German as default locale and isolated provider names',
      createStatusMessages({ defaultLocale: 'de', isolateProvider: true }),
      { defaultLocale: 'de', isolateProvider: true },
    ],
    ['with every option at its default', createStatusMessages(), { defaultLocale: 'en', isolateProvider: false }],
  ];

  it.each(instances)('%s gives the oracle’s entry, texts and label', (_, messages, setting) => {
    fc.assert(
      fc.property(calls, locales, (call, locale) => {
        expectAnswer(messages, call, locale, setting);
        expectCleanObjects();
      }),
      runs(500),
    );
  });
});

// --- Overrides: generated catalogs whose every entry knows whether it is broken, and what it shows -------------------

const textFields = ['title', 'message', 'titleWithProvider', 'messageWithProvider', 'label'] as const;
type TextField = (typeof textFields)[number];
interface Text {
  readonly value: unknown;
  readonly valid: boolean;
}
/** Texts in ICU MessageFormat that show, each rendering to a non-blank string with or without a name. */
const goodTexts = fc.oneof(
  fc.constantFrom(
    'Plain words.',
    'Log in to {provider}.',
    "It''s done",
    "'{'braces'}' stay",
    '{provider, select, other {Your bank {provider}}}',
    'Ünïcödé ✓ 中文 عربي',
    '  padded  ',
    '$& $1 $$',
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z ,.!?-]{0,20}$/),
);
/** Texts the README's table says are broken: wrong type, empty, blank, invalid ICU, another placeholder. */
const badTexts = fc.constantFrom<unknown>(
  '',
  '   ',
  42,
  null,
  {},
  [],
  true,
  undefined,
  () => 'x',
  'Log in to {provider',
  '{bank}',
  '{0}',
  '{',
);
const texts = (good: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 3, arbitrary: good.map((value): Text => ({ value, valid: true })) },
    { weight: 1, arbitrary: badTexts.map((value): Text => ({ value, valid: false })) },
  );
// The oracle formats button labels without a name (no shipped label has one), so an overriding label has none either.
const textsOf: Record<TextField, fc.Arbitrary<Text>> = {
  title: texts(goodTexts),
  message: texts(goodTexts),
  titleWithProvider: texts(goodTexts),
  messageWithProvider: texts(goodTexts),
  label: texts(goodTexts.filter((text) => !text.includes('{provider'))),
};

/** One generated entry: readable with these texts (and maybe a misspelt field), or not an object, or unreadable. */
type EntryPlan =
  | { readonly kind: 'entry'; readonly value: unknown; readonly texts: Partial<Record<TextField, Text>>; readonly misspelt: boolean }
  | { readonly kind: 'broken'; readonly value: unknown };
const entries: fc.Arbitrary<EntryPlan> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.record(textsOf, { requiredKeys: [] }),
        fc.constantFrom(false, false, false, true),
        fc.option(fc.anything(), { nil: absent }),
        shapes,
      )
      .map(([chosen, misspelt, description, shape]): EntryPlan => {
        const fields = Object.fromEntries(Object.entries(chosen).map(([field, text]) => [field, text.value]));
        const value = objectOf({ ...fields, ...(misspelt ? { titel: 'Typo' } : {}), description }, shape);
        return { kind: 'entry', value, texts: chosen, misspelt };
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<() => unknown>(
        () => 42,
        () => 'text',
        () => null,
        () => true,
        () => undefined,
        () => throwingProxy({}, 'throwingProxy({})'),
        revokedProxy,
        () => throwingGetters(['title']),
      )
      .map((make): EntryPlan => ({ kind: 'broken', value: make() })),
  },
);

/** What a broken entry or catalog must be reported as. */
interface Report {
  readonly locale: string;
  readonly key: string;
  readonly field: string | null;
}
/** A generated catalog for one locale: the value given, the reports it must cause, and the entries it adds. */
interface CatalogPlan {
  readonly tag: string;
  readonly spelling: string;
  readonly value: unknown;
  readonly reports: readonly Report[];
  readonly accepted: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * The outcome of one entry (README, "Catalogs given at run time"): each valid text replaces the shipped one and each
 * broken one keeps it; a new title or message replaces the shipped variant with a provider too, or it would never
 * show with a name; an entry still without its texts is left out. One report per entry with any problem, naming the
 * field when one text alone is at fault.
 */
const outcomeOf = (tag: string, key: string, plan: EntryPlan): { report?: { field: string | null }; entry?: Record<string, string> } => {
  if (plan.kind === 'broken') return { report: { field: null } };
  const problems: (TextField | null)[] = plan.misspelt ? [null] : [];
  const shipped = shippedLocales.includes(tag) ? localeJson(tag)[key] : undefined;
  const merged: Record<string, string> = { ...shipped };
  for (const field of textFields) {
    const text = plan.texts[field];
    if (text === undefined) continue;
    if (!text.valid) {
      problems.push(field);
      continue;
    }
    merged[field] = text.value as string;
    if (field === 'title' || field === 'message') delete merged[`${field}WithProvider`];
  }
  const needed = key.startsWith('action.') ? ['label'] : ['title', 'message'];
  const complete = needed.every((field) => merged[field] !== undefined);
  if (!complete) problems.push(null);
  const report = problems.length === 0 ? undefined : { field: problems.length === 1 ? (problems[0] ?? null) : null };
  // A text without a variant is shown with the name too: the oracle's variant is that text.
  for (const field of ['title', 'message'] as const) if (merged[field] !== undefined) merged[`${field}WithProvider`] ??= merged[field];
  return { ...(report ? { report } : {}), ...(complete ? { entry: merged } : {}) };
};

/** The locales overridden: two shipped, two new regional ones, each in the spellings a caller may use. */
const overrideTags = [
  { tag: 'en', spellings: ['en', 'EN'] },
  { tag: 'fr', spellings: ['fr', 'FR'] },
  { tag: 'de-CH', spellings: ['de-CH', 'de_ch', 'DE-ch'] },
  { tag: 'pt-BR', spellings: ['pt-BR', 'pt_BR', 'PT-br'] },
];
const englishKeys = Object.keys(localeJson('en')).filter((key) => key !== '$schema');
/** Keys that are not catalog keys: each is reported and ignored. */
const notKeys = [
  '__proto__',
  'constructor',
  'toString',
  'code.601',
  'code.2011',
  'Code.201',
  'status.rebooting',
  'titel',
  '',
  'action.reconnect',
];
/** A catalog key the README names: one of the English file, or `code.<100–499>[.<reason>]`. */
const isCatalogKey = (key: string) => englishKeys.includes(key) || /^code\.[1-4]\d\d(\.[a-z_]+)?$/.test(key);
/**
 * The keys a run overrides, mostly those its calls try (so that the overriding texts show), and their buttons; then
 * a few others, new codes, non-keys and `$schema`.
 */
const keysFor = (tag: string, runCalls: readonly Call[]): fc.Arbitrary<{ key: string; catalog: boolean }> => {
  // Button labels only in shipped locales: when a regional locale's message comes from its language, which catalog
  // its label comes from is not settled (the oracle looks in the regional one first, the code does not).
  const buttons = shippedLocales.includes(tag)
    ? runCalls.map((call) => `action.${call.spec.action}`).filter((key) => key !== 'action.none')
    : [];
  const tried = [...new Set([...runCalls.flatMap((call) => [call.spec.key, call.spec.chain[0] ?? 'unknown']), ...buttons])].filter(
    isCatalogKey,
  );
  const others = [
    'unknown',
    'category.2xx',
    'code.302',
    'code.250',
    'code.201.two_factor_locked',
    ...(tag === 'en' || tag === 'fr' ? ['action.retry_later'] : []),
  ];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...tried, 'unknown').map((key) => ({ key, catalog: true })) },
    { weight: 1, arbitrary: fc.constantFrom(...others).map((key) => ({ key, catalog: true })) },
    { weight: 1, arbitrary: fc.constantFrom(...notKeys, '$schema').map((key) => ({ key, catalog: false })) },
  );
};
const brokenCatalogs = fc.constantFrom<() => unknown>(
  () => 42,
  () => 'fr',
  () => null,
  () => true,
  () => undefined,
  () => throwingProxy({}, 'throwingProxy({})'),
  revokedProxy,
);
const catalogFor = ({ tag, spellings }: (typeof overrideTags)[number], runCalls: readonly Call[]): fc.Arbitrary<CatalogPlan> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...spellings),
          fc.uniqueArray(keysFor(tag, runCalls), { selector: ({ key }) => key, minLength: 1, maxLength: 6 }),
          shapes.filter((shape) => shape !== 'getters'),
        )
        .chain(([spelling, keys, shape]) =>
          fc.tuple(...keys.map(() => entries)).map((plans): CatalogPlan => {
            const reports: Report[] = [];
            const accepted: Record<string, Record<string, string>> = {};
            for (const [i, { key, catalog }] of keys.entries()) {
              if (key === '$schema') continue;
              if (!catalog) {
                reports.push({ locale: tag, key, field: null });
                continue;
              }
              const { report, entry } = outcomeOf(tag, key, plans[i] as EntryPlan);
              if (report) reports.push({ locale: tag, key, ...report });
              if (entry) accepted[key] = entry;
            }
            const value = objectOf(Object.fromEntries(keys.map(({ key }, i) => [key, (plans[i] as EntryPlan).value])), shape);
            return { tag, spelling, value, reports, accepted };
          }),
        ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...spellings), brokenCatalogs).map(
        ([spelling, make]): CatalogPlan => ({
          tag,
          spelling,
          value: make(),
          reports: [{ locale: tag, key: '*', field: null }],
          accepted: {},
        }),
      ),
    },
  );
/**
 * Requests for a run with overrides: mostly ones the overridden locales answer, with the tag the oracle starts from
 * (it falls back from a region to its language itself); `ja` is answered by English, the default locale.
 */
const requestsOf: Readonly<Record<string, readonly (readonly [unknown, string])[]>> = {
  en: [
    ['en', 'en'],
    [undefined, 'en'],
    ['ja', 'ja'],
  ],
  fr: [
    ['fr', 'fr'],
    ['FR-ca', 'fr-CA'],
  ],
  'de-CH': [
    ['de_CH', 'de-CH'],
    ['DE-ch', 'de-CH'],
  ],
  'pt-BR': [
    ['pt-br', 'pt-BR'],
    [['xx', 'PT_BR'], 'pt-BR'],
  ],
};
const requestFrom = (list: readonly (readonly [unknown, string])[]) =>
  fc.constantFrom(...list).map(([requested, answer]) => choice(requested, answer));
const otherRequests = requestFrom([['de', 'de'], ['pt', 'pt'], ...Object.values(requestsOf).flat()]);
const overrideRuns = fc
  .uniqueArray(fc.constantFrom(...overrideTags), { selector: ({ tag }) => tag, minLength: 1, maxLength: 4 })
  .chain((tags) =>
    fc
      .array(
        fc.tuple(calls, fc.oneof({ weight: 3, arbitrary: requestFrom(tags.flatMap(({ tag }) => requestsOf[tag] ?? [])) }, otherRequests)),
        {
          minLength: 1,
          maxLength: 4,
        },
      )
      .chain((pairs) =>
        fc.record({
          pairs: fc.constant(pairs),
          catalogs: fc.tuple(
            ...tags.map((tag) =>
              catalogFor(
                tag,
                pairs.map(([call]) => call),
              ),
            ),
          ),
          throwingOnError: fc.boolean(),
        }),
      ),
  );

describe('an instance with generated overrides', () => {
  it('reports exactly each broken entry once, with its locale, key and field, and answers as the oracle with the good ones', () => {
    fc.assert(
      fc.property(overrideRuns, ({ pairs, catalogs, throwingOnError }) => {
        const overrides = objectOf(Object.fromEntries(catalogs.map((plan) => [plan.spelling, plan.value])), 'plain');
        const errors: CatalogError[] = [];
        const messages = createStatusMessages({
          overrides: overrides as never,
          onError: (error) => {
            errors.push(error);
            // A callback that throws is ignored.
            if (throwingOnError) throw new Error('onError fails');
          },
        });
        const reported = (list: readonly { locale: string; key: string; field?: string | null }[]) =>
          list.map(({ locale, key, field }) => `${locale} ${JSON.stringify(key)} ${field ?? '-'}`).sort();
        expect(reported(errors)).toEqual(reported(catalogs.flatMap((plan) => plan.reports)));
        for (const error of errors) expect(error.reason).toMatch(/\S/);

        const setting = {
          defaultLocale: 'en',
          isolateProvider: false,
          catalogs: Object.fromEntries(catalogs.map((plan) => [plan.tag, plan.accepted])),
        };
        for (const [call, locale] of pairs) {
          expectAnswer(messages, call, locale, setting);
          // Another instance, here the main entry's, still shows the shipped texts.
          expectAnswer({ describeStatus, getStatusMessage, getErrorMessage }, call, locale, {
            defaultLocale: 'en',
            isolateProvider: false,
          });
        }
        // Reported once: at creation, never again when texts are shown.
        expect(errors).toHaveLength(catalogs.flatMap((plan) => plan.reports).length);
        expectCleanObjects();
      }),
      runs(500),
    );
  });
});
