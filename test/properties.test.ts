/**
 * Property-based tests: whatever a caller passes (hostile objects, proxies, huge or broken strings, any type),
 * every public function of the main entry returns a shipped catalog text of the right kind, never throws, never
 * returns a key, an id, `undefined` or an empty string, and changes no prototype. The oracle is independent of the
 * code under test: the locale JSON files rendered with FormatJS' `intl-messageformat`.
 * Bounded and seeded (`seed: 42`): the same cases run every time, in a few seconds.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  actions,
  type CatalogError,
  catalogKeys,
  categories,
  codeReasons,
  createStatusMessages,
  describeStatus,
  getErrorMessage,
  getStatusMessage,
  negotiateLocale,
  type StatusDescription,
  type StatusMessages,
  statusNames,
  supportedLocales,
} from '../src/index.js';

const runs = (numRuns: number) => ({ seed: 42, numRuns });
// A few seconds on an idle machine; the margin is for a loaded CI machine.
vi.setConfig({ testTimeout: 30_000 });

// --- The oracle: every text a locale ships, rendered from its JSON source --------------------------------------

type Kind = 'title' | 'message' | 'label';
// The fields a text of each kind comes from without a provider name, and with one.
const fieldsOf: Record<Kind, readonly [string, string?]> = {
  title: ['title', 'titleWithProvider'],
  message: ['message', 'messageWithProvider'],
  label: ['label'],
};
const sources = new Map(
  supportedLocales.map((tag) => [
    tag,
    JSON.parse(readFileSync(new URL(`../locales/${tag}.json`, import.meta.url), 'utf8')) as Record<string, Record<string, string>>,
  ]),
);
const formats = new Map<string, IntlMessageFormat[]>();
const formatsOf = (tag: string, kind: Kind, withProvider: boolean): IntlMessageFormat[] => {
  const id = `${tag} ${kind} ${withProvider}`;
  let list = formats.get(id);
  if (!list) {
    const fields = withProvider ? fieldsOf[kind] : fieldsOf[kind].slice(0, 1);
    list = Object.entries(sources.get(tag as never) ?? {})
      .filter(([key]) => key !== '$schema')
      .flatMap(([, entry]) =>
        fields.filter((field) => field && entry[field] !== undefined).map((field) => entry[field as string] as string),
      )
      .map((source) => new IntlMessageFormat(source, tag));
    formats.set(id, list);
  }
  return list;
};
const rendered = new Map<string, Set<string>>();
/** The texts of one kind that `tag` ships, with one provider name (`''` for none). */
const shippedWith = (tag: string, kind: Kind, provider: string): Set<string> => {
  const id = `${tag}\u0000${kind}\u0000${provider}`;
  let texts = rendered.get(id);
  if (!texts) {
    // Without a provider name, only the texts made for that: never a variant with an empty name in it.
    texts = new Set(formatsOf(tag, kind, provider !== '').map((format) => String(format.format({ provider }))));
    if (rendered.size > 2000) rendered.clear();
    rendered.set(id, texts);
  }
  return texts;
};
/** Whether `text` is a text of one kind that `tag` ships, with one of the provider names the call may have used. */
const isShipped = (text: string, tag: string, kind: Kind, providers: readonly string[]): boolean =>
  sources.has(tag as never) && providers.some((provider) => shippedWith(tag, kind, provider).has(text));

/** Reads a property as a caller's object would give it, without ever throwing. */
const peek = (object: unknown, name: string): unknown => {
  try {
    return (object as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
};
/** The provider names a text may show for these options: none, or the name as documented (trimmed). */
const providersFor = (options: unknown, wrap = (name: string) => name): string[] => {
  const provider = peek(options, 'provider');
  return typeof provider === 'string' && provider.trim() !== '' ? ['', wrap(provider.trim().toWellFormed())] : [''];
};

const keyLike = /^(status|code|category|action)\.|^unknown$/;
const expectCatalogText = (text: unknown, tag: string, kind: Kind, providers: readonly string[]) => {
  expect(typeof text).toBe('string');
  expect((text as string).trim()).not.toBe('');
  // The provider name is the caller's text and may hold anything, `{provider}` included: look at the rest.
  const own = providers.reduce((rest, name) => (name ? rest.replaceAll(name, '') : rest), text as string);
  expect(own).not.toMatch(keyLike);
  expect(own).not.toMatch(/\bundefined\b|\[object |\{provider\}/);
  expect(isShipped(text as string, tag, kind, providers), `${JSON.stringify(text)} is a shipped ${kind} of ${tag}`).toBe(true);
};

const expectDescription = (described: StatusDescription, providers: readonly string[], locales: readonly string[]) => {
  expect(locales).toContain(described.locale);
  expectCatalogText(described.title, described.locale, 'title', providers);
  expectCatalogText(described.message, described.locale, 'message', providers);
  if (described.action === 'none') expect(described.actionLabel).toBeNull();
  else expectCatalogText(described.actionLabel, described.locale, 'label', providers);
  expect(catalogKeys).toContain(described.key);
  expect(described.key.startsWith('action.')).toBe(false);
  expect(categories).toContain(described.category);
  expect(actions).toContain(described.action);
  expect(['none', 'code', 'category', 'unknown']).toContain(described.fallback);
  expect(['success', 'info', 'warning', 'error']).toContain(described.severity);
  expect(described.code === null || (Number.isInteger(described.code) && described.code >= 100 && described.code <= 499)).toBe(true);
  expect(described.status === null || statusNames.includes(described.status)).toBe(true);
  expect(described.reason === null || (typeof described.reason === 'string' && described.reason.trim() !== '')).toBe(true);
  for (const flag of [described.retryable, described.userActionRequired, described.known]) expect(typeof flag).toBe('boolean');
};

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

// --- Arbitrary values, from the everyday to the hostile --------------------------------------------------------

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
/** A revoked proxy throws even on `Array.isArray` and `in`, fast-check's own checks included: it is made in the property. */
const lazies = new WeakSet<object>();
class Lazy {
  constructor(
    readonly make: () => unknown,
    readonly name: string,
  ) {
    lazies.add(this);
  }
  [fc.toStringMethod]() {
    return this.name;
  }
}
const revoked = new Lazy(() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}, 'revokedProxy');
// A WeakSet rather than `instanceof`, which would run the `getPrototypeOf` trap of a hostile proxy.
const real = (value: unknown) => (lazies.has(value as object) ? (value as Lazy).make() : value);
const throwingGetters = (names: readonly string[]) =>
  printable(
    Object.defineProperties({}, Object.fromEntries(names.map((name) => [name, { enumerable: true, get: fail(`getter ${name}`) }]))),
    `throwingGetters(${names.join(', ')})`,
  ) as Record<string, unknown>;
const unprintable = () =>
  printable({ toString: fail('toString'), valueOf: fail('valueOf'), [Symbol.toPrimitive]: fail('toPrimitive') }, 'unprintable');
const hugeStrings = [
  'x'.repeat(2 ** 20),
  `${' '.repeat(100_000)}201${' '.repeat(100_000)}`,
  'fr-'.repeat(50_000),
  'Bad Credentials '.repeat(10_000),
  '\uD800'.repeat(10_000),
];

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
  'FR_ca',
  'x-private',
  'en-u-co-phonebk',
  'de-DE-1996',
  'zh-Hant-TW',
  'no',
  'und',
  'root',
  'in progress',
  'IN_PROGRESS',
  'Bad Credentials',
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
  Number.MAX_VALUE,
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
const hostile = fc.constantFrom<() => unknown>(
  () => throwingProxy({}, 'throwingProxy({})'),
  () => throwingProxy([], 'throwingProxy([])'),
  () => throwingProxy(() => 1, 'throwingProxy(function)'),
  () => throwingGetters(['status', 'status_code', 'status_reason', 'reason', 'provider', 'length', '0', 'locale', 'entries']),
  unprintable,
  () => Object.freeze({ status_code: 201, status_reason: 'Bad Credentials', status: 'error' }),
  () => Object.freeze(['fr', 'de']),
  () => Object.create(null),
  () => Object.assign(Object.create(null), { status_code: 302 }),
  () => JSON.parse('{"__proto__": {"polluted": true, "status_code": 201}, "constructor": {"prototype": {"polluted": true}}}'),
  () => JSON.parse('{"status": "__proto__", "status_code": "constructor", "status_reason": "toString"}'),
  () => Object.assign([201], { status_code: 201 }),
  () => new Map([['status_code', 201]]),
  () => new String('201'),
  () => new Number(201),
  () => Symbol('201'),
  () => 201n,
  () => Object.assign(() => 'fr', { status_code: 201, provider: 'ING' }),
  () => new Date(0),
  () => /201/,
  () => new Uint8Array([2, 0, 1]),
  () => Promise.resolve(201),
  () => new Error('201'),
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
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
    key: fc.oneof(
      fc.string(),
      specialStrings.filter((s) => s.length < 100),
    ),
  }),
  specialStrings,
  specialNumbers,
  fc.string({ unit: 'binary', maxLength: 40 }),
  hostile.map((make) => make()),
);
/** Any value, a revoked proxy included: pass it through `real` in the property. */
const anyTopLevel = fc.oneof(anyValue, fc.constant(revoked));

const reasons = [...new Set(Object.values(codeReasons).flat())];
const reason = fc.oneof(
  anyValue,
  fc.constantFrom(...reasons),
  fc.constantFrom(...reasons).map((r) => r.toUpperCase().replace(' ', '-')),
);
const statusCode = fc.oneof(anyValue, fc.integer({ min: 90, max: 510 }), fc.integer({ min: 90, max: 510 }).map(String));
const status = fc.oneof(
  anyValue,
  fc.constantFrom(...statusNames),
  fc.constantFrom(...statusNames).map((s) => s.toUpperCase()),
);
const connection = fc.record({ status, status_code: statusCode, status_reason: reason }, { requiredKeys: [] });
const input = fc.oneof(anyTopLevel, statusCode, connection);

const tags = fc.constantFrom(...supportedLocales);
const localeString = fc.oneof(
  tags,
  fc.tuple(tags, fc.constantFrom('CH', 'BE', 'US', '419', 'Latn', 'x-private', 'u-nu-arab')).map(([tag, sub]) => `${tag}-${sub}`),
  tags.map((tag) => `${tag.toUpperCase()}_XX`),
);
const locale = fc.oneof(
  anyTopLevel,
  localeString,
  fc.array(fc.oneof(localeString, anyValue), { maxLength: 5 }),
  fc.array(localeString, { maxLength: 3 }).map((list) => Object.freeze(list)),
);

const provider = fc.oneof(
  anyValue,
  fc.constantFrom('ING', ' BNP Paribas ', 'Crédit Agricole', 'ΕΘΝΙΚΗ', 'بنك', 'x'.repeat(256), 'x'.repeat(257), '\uD800Bank', 'a\u0000b'),
  fc.string({ maxLength: 30 }),
);
const messageOptions = fc.oneof(
  anyTopLevel,
  fc.record({ reason, provider }, { requiredKeys: [] }),
  fc.record({ reason, provider }).map((options) => Object.freeze(options)),
);

// --- The properties ----------------------------------------------------------------------------------------------

describe('the main entry, for any input, locale and options', () => {
  it('getStatusMessage, getErrorMessage and describeStatus return shipped texts of the right kind, consistently', () => {
    fc.assert(
      fc.property(input, locale, messageOptions, (...args) => {
        const [value, tag, options] = args.map(real);
        const providers = providersFor(options);
        const described = describeStatus(value as never, tag as never, options as never);
        expectDescription(described, providers, supportedLocales);
        const message = getStatusMessage(value as never, tag as never, options as never);
        expectCatalogText(message, described.locale, 'message', providers);
        expect(message).toBe(described.message);
        expect(getErrorMessage(value as never, tag as never, options as never)).toBe(described.category === 'ok' ? null : message);
        expectCleanObjects();
      }),
      runs(400),
    );
  });

  it('resolves a shipped locale, however it is written, to itself', () => {
    fc.assert(
      fc.property(tags, fc.constantFrom('', '-CH', '-419', '_xx', '-Latn-x-private'), input, (tag, suffix, lazy) => {
        const value = real(lazy);
        const written = `${tag}${suffix}`;
        expect(describeStatus(value as never, written).locale).toBe(tag);
        expect(describeStatus(value as never, written.toUpperCase()).locale).toBe(tag);
        expect(describeStatus(value as never, ['zz', written, 'en']).locale).toBe(tag);
      }),
      runs(150),
    );
  });

  it('gives the default locale for anything that is not a locale', () => {
    fc.assert(
      fc.property(anyTopLevel, (lazy) => {
        const tag = real(lazy);
        fc.pre(typeof tag !== 'string' && !isList(tag));
        expect(describeStatus(201, tag as never).locale).toBe('en');
      }),
      runs(200),
    );
  });

  it('negotiateLocale always gives a shipped locale', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyTopLevel,
          fc.array(fc.oneof(localeString, anyValue), { maxLength: 5 }),
          fc
            .array(fc.tuple(fc.oneof(localeString, specialStrings), fc.oneof(fc.double(), fc.constantFrom(0, 1, 0.5, -1))), {
              maxLength: 5,
            })
            .map((ranges) => ranges.map(([tag, q]) => `${tag};q=${q}`).join(', ')),
        ),
        (header) => {
          expect(supportedLocales).toContain(negotiateLocale(real(header)));
          expectCleanObjects();
        },
      ),
      runs(400),
    );
  });
});

describe('an instance of createStatusMessages, for any input, locale and options', () => {
  const instances: [string, StatusMessages, (name: string) => string][] = [
    [
      'with a default locale and isolated provider names',
      createStatusMessages({ defaultLocale: 'de', isolateProvider: true }),
      (n) => `\u2068${n}\u2069`,
    ],
    ['with every option at its default', createStatusMessages(), (n) => n],
  ];

  it.each(instances)('%s returns shipped texts of the right kind', (_, messages, wrap) => {
    fc.assert(
      fc.property(input, locale, messageOptions, (...args) => {
        const [value, tag, options] = args.map(real);
        const providers = providersFor(options, wrap);
        const described = messages.describeStatus(value as never, tag as never, options as never);
        expectDescription(described, providers, messages.locales);
        expect(messages.getStatusMessage(value as never, tag as never, options as never)).toBe(described.message);
        expect(messages.getErrorMessage(value as never, tag as never, options as never)).toBe(
          described.category === 'ok' ? null : described.message,
        );
        if (typeof tag !== 'string' && !isList(tag)) expect(described.locale).toBe(messages.defaultLocale);
      }),
      runs(300),
    );
  });

  it('with any overrides, reports each broken entry once and shows only shipped or overriding texts', () => {
    const keys = fc.oneof(
      fc.constantFrom(...catalogKeys),
      specialStrings.filter((s) => s.length < 100),
      fc.string({ maxLength: 10 }),
    );
    const text = fc.oneof(
      anyValue,
      fc.string({ maxLength: 20 }),
      fc.constantFrom('{provider}', 'Log in to {provider}.', '{', '{bank}', "It''s"),
    );
    const entry = fc.oneof(
      anyValue,
      fc.record({ title: text, message: text, titleWithProvider: text, messageWithProvider: text, label: text }, { requiredKeys: [] }),
    );
    const overrides = fc.dictionary(
      fc.constantFrom('en', 'fr', 'de-CH', 'pt-BR'),
      fc.oneof(fc.dictionary(keys, entry, { maxKeys: 6 }), anyValue),
      {
        maxKeys: 3,
      },
    );
    fc.assert(
      fc.property(
        overrides,
        input,
        locale,
        fc.record({ reason: reason as fc.Arbitrary<string>, provider: fc.constantFrom(undefined, 'ING') }),
        (source, value, tag, options) => {
          const errors: CatalogError[] = [];
          const messages = createStatusMessages({ overrides: source as never, onError: (error) => errors.push(error) });
          const reported = errors.length;
          const described = messages.describeStatus(value as never, tag as never, options);
          expect(messages.locales).toContain(described.locale);
          const providers = providersFor(options);
          const overriding = new Set(stringsIn(source).flatMap((field) => providers.map((name) => render(field, name))));
          for (const [kind, text] of [
            ['title', described.title],
            ['message', described.message],
          ] as const) {
            expect(text.trim()).not.toBe('');
            const shown = isShipped(text, described.locale, kind, providers) || overriding.has(text);
            expect(shown, `${JSON.stringify(text)} is shipped or overriding`).toBe(true);
          }
          expect(messages.getStatusMessage(value as never, tag as never, options)).toBe(described.message);
          // Reported once: at creation, never again when texts are shown.
          expect(errors).toHaveLength(reported);
          const ids = errors.map((error) => `${error.locale} ${error.key}`);
          expect(new Set(ids).size).toBe(ids.length);
          for (const error of errors) {
            expect(typeof error.locale).toBe('string');
            expect(typeof error.key).toBe('string');
            expect(error.reason).toMatch(/\S/);
          }
          expectCleanObjects();
        },
      ),
      runs(200),
    );
  });
});

/** An override text as FormatJS renders it; `undefined` when it is not valid ICU. */
function render(source: string, provider: string): string | undefined {
  try {
    return String(new IntlMessageFormat(source, 'en').format({ provider }));
  } catch {
    return undefined;
  }
}

/** Whether a value is a list of locales; a revoked proxy, which `Array.isArray` throws on, is not. */
function isList(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** Every string found in a value given as overrides, down to its texts, read without ever throwing. */
function stringsIn(value: unknown, depth = 3): string[] {
  if (typeof value === 'string') return [value];
  if (depth === 0 || value === null || typeof value !== 'object') return [];
  try {
    return Object.values(value).flatMap((item) => stringsIn(item, depth - 1));
  } catch {
    return [];
  }
}
