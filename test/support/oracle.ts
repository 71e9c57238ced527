/**
 * The independent oracle: what every entry point must answer, written from the API's specification
 * (`../shared/spec/connection-status.txt`) and the README's resolution rules, never from `src/`. A table maps
 * inputs to the entry that must answer them and its fallback level; the expected text is read from the locale JSON
 * files and formatted with `intl-messageformat`, a plain ICU formatter. The core, the adapters, the CLI and the SSR
 * example are all checked against it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';

export type Fallback = 'none' | 'code' | 'category' | 'unknown';
export type Input = number | string | null | undefined | Record<string, unknown> | unknown[] | boolean;

/** One row of the specification table. */
export interface SpecCase {
  readonly name: string;
  readonly input: Input;
  /** The `reason` option. */
  readonly reason?: string;
  /** The keys to try, most specific first: the entry of a reason, the code, its category, then `unknown`. */
  readonly chain: readonly string[];
  /** The entry that answers with the shipped catalogs, and how far it is from the most specific one. */
  readonly key: string;
  readonly fallback: Fallback;
  /** What the end user can do: the `action.<name>` button under the message (`none`: no button). */
  readonly action: string;
  /** Whether the API documents this code or status. */
  readonly known: boolean;
}

// The spec's four categories; a code of a category that the API adds later gets the category's message.
const category = (code: number) => `category.${Math.floor(code / 100)}xx`;
const codeChain = (code: number, reasonKey?: string) => [
  ...(reasonKey ? [`code.${code}.${reasonKey}`] : []),
  `code.${code}`,
  category(code),
  'unknown',
];

// The action the product decided for each documented code and status (README, "Codes and what each means").
const codeActions: Readonly<Record<number, string>> = {
  100: 'none',
  201: 'update_credentials',
  202: 'act_on_provider_website',
  203: 'upgrade_contract',
  205: 'authenticate',
  206: 'renew_certificate',
  300: 'retry_later',
  301: 'retry_later',
  302: 'retry_later',
  303: 'contact_support',
  304: 'retry_later',
  305: 'retry_later',
  400: 'retry_later',
  401: 'retry_later',
  402: 'retry_later',
};
const reasonActions: Readonly<Record<string, string>> = {
  bad_credentials: 'update_credentials',
  account_blocked: 'unblock_account',
  password_expired: 'change_password',
};
const categoryActions: Readonly<Record<string, string>> = {
  'category.1xx': 'none',
  'category.2xx': 'act_on_provider_website',
  'category.3xx': 'retry_later',
  'category.4xx': 'retry_later',
};
const statuses: readonly [spellings: string[], key: string, action: string][] = [
  [['finished', 'FINISHED'], 'status.finished', 'none'],
  [['pending', ' Pending '], 'status.pending', 'wait'],
  [['in progress', 'In_Progress', 'in-progress'], 'status.in_progress', 'wait'],
  [['in background progress', 'IN BACKGROUND PROGRESS'], 'status.in_background_progress', 'none'],
  [['waiting user', 'waiting_user'], 'status.waiting_user', 'authenticate'],
  [['cancelled', 'Cancelled'], 'status.cancelled', 'retry_later'],
  [['error', 'Error'], 'status.error', 'retry_later'],
  [['maintenance'], 'status.maintenance', 'retry_later'],
  [['scheduled'], 'status.scheduled', 'none'],
  [['unavailable', 'UNAVAILABLE'], 'status.unavailable', 'retry_later'],
];
const reasonSpellings: readonly [spellings: string[], key: string][] = [
  [['Bad Credentials', 'bad_credentials', 'BAD-CREDENTIALS', '  bad credentials  '], 'bad_credentials'],
  [['Account Blocked', 'account-blocked', 'ACCOUNT_BLOCKED'], 'account_blocked'],
  [['Password Expired', 'password expired', 'Password-Expired'], 'password_expired'],
];

const exact = (name: string, input: Input, key: string, action: string, extra: Partial<SpecCase> = {}): SpecCase => ({
  name,
  input,
  chain: [key, 'unknown'],
  key,
  fallback: 'none',
  action,
  known: true,
  ...extra,
});

/** Every documented status, code and reason, codes the API may add, conflicting connection objects, and junk. */
export const specCases: readonly SpecCase[] = [
  ...statuses.flatMap(([spellings, key, action]) =>
    spellings.map((status) => exact(`status ${JSON.stringify(status)}`, { status }, key, action)),
  ),
  ...Object.entries(codeActions).flatMap(([text, action]) => {
    const code = Number(text);
    return [
      exact(`code ${code}`, code, `code.${code}`, action, { chain: codeChain(code) }),
      exact(`code "${code}" as a string`, text, `code.${code}`, action, { chain: codeChain(code) }),
    ];
  }),
  ...reasonSpellings.flatMap(([spellings, reasonKey]) =>
    spellings.map((reason) =>
      exact(`code 201, reason ${JSON.stringify(reason)}`, 201, `code.201.${reasonKey}`, reasonActions[reasonKey] as string, {
        reason,
        chain: codeChain(201, reasonKey),
      }),
    ),
  ),
  {
    name: 'code 201 with a reason the API adds later',
    input: 201,
    reason: 'Two Factor Locked',
    chain: codeChain(201, 'two_factor_locked'),
    key: 'code.201',
    fallback: 'code',
    action: 'update_credentials',
    known: true,
  },
  // Only code 201 has entries per reason: a documented reason of another code is that code's own entry.
  exact('code 302 with its documented reason', 302, 'code.302', 'retry_later', { reason: 'Session Expired', chain: codeChain(302) }),
  ...[101, 150, 199, 200, 204, 207, 299, 306, 350, 399, 403, 499].map(
    (code): SpecCase => ({
      name: `code ${code}, not documented (its category)`,
      input: code,
      chain: codeChain(code),
      key: category(code),
      fallback: 'category',
      action: categoryActions[category(code)] as string,
      known: false,
    }),
  ),
  ...([0, 99, 500, 600, -201, 201.5, 'abc', '', '  ', 'code.201', '__proto__', null, undefined, {}, [], true] as const).map(
    (input): SpecCase => ({
      name: `${typeof input === 'string' ? JSON.stringify(input) : String(JSON.stringify(input) ?? input)} (junk)`,
      input: input as Input,
      chain: ['unknown'],
      key: 'unknown',
      fallback: 'unknown',
      action: 'retry_later',
      known: false,
    }),
  ),
  // Connection objects: an error code (≥ 200) wins over the status; otherwise the status; otherwise the code.
  exact('a finished connection with error code 302', { status: 'finished', status_code: 302 }, 'code.302', 'retry_later', {
    chain: codeChain(302),
  }),
  exact('a connection waiting for the user with code 205', { status: 'waiting user', status_code: 205 }, 'code.205', 'authenticate', {
    chain: codeChain(205),
  }),
  exact('a connection in progress with code 100', { status: 'in progress', status_code: 100 }, 'status.in_progress', 'wait'),
  exact('a finished connection with a new 1xx code', { status: 'finished', status_code: 150 }, 'status.finished', 'none'),
  exact(
    'a failed connection with code 201 and its reason',
    { status: 'error', status_code: 201, status_reason: 'ACCOUNT-BLOCKED' },
    'code.201.account_blocked',
    'unblock_account',
    { chain: codeChain(201, 'account_blocked') },
  ),
  exact(
    'a connection with its code as a string',
    { status: 'error', status_code: '402', status_reason: 'Import Error' },
    'code.402',
    'retry_later',
    {
      chain: codeChain(402),
    },
  ),
  exact(
    'a connection with a status and no code',
    { status: 'maintenance', status_code: null, status_reason: null },
    'status.maintenance',
    'retry_later',
  ),
  {
    name: 'a connection with a new 2xx code and no status',
    input: { status: null, status_code: 207 },
    chain: codeChain(207),
    key: 'category.2xx',
    fallback: 'category',
    action: 'act_on_provider_website',
    known: false,
  },
  exact('a connection with an unknown status and code 100', { status: 'rebooting', status_code: 100 }, 'code.100', 'none', {
    chain: codeChain(100),
  }),
  {
    name: 'a connection with an unknown status only',
    input: { status: 'rebooting' },
    chain: ['unknown'],
    key: 'unknown',
    fallback: 'unknown',
    action: 'retry_later',
    known: false,
  },
];

/** The shipped locales: one JSON file each. */
export const shippedLocales: readonly string[] = readdirSync(new URL('../../locales/', import.meta.url))
  .filter((name) => /^[a-z]{2,3}\.json$/.test(name))
  .map((name) => name.slice(0, -'.json'.length));

/** Requested tags and the shipped locale each must be answered in (BCP 47 lookup, `no` → `nb`, else English). */
export const localeCases: readonly [requested: string | readonly string[] | undefined, locale: string][] = [
  ...shippedLocales.map((tag): [string, string] => [tag, tag]),
  ['de-AT', 'de'],
  ['pt-BR', 'pt'],
  ['fr-CA', 'fr'],
  ['FR_be', 'fr'],
  ['en-GB', 'en'],
  ['nb-NO', 'nb'],
  ['no', 'nb'],
  ['sv-FI', 'sv'],
  ['ja', 'en'],
  ['zz-ZZ', 'en'],
  ['not a tag!', 'en'],
  [undefined, 'en'],
  [['xx', 'de-CH', 'fr'], 'de'],
  [['ja', 'it-CH'], 'it'],
];

type LocaleJson = Readonly<Record<string, Readonly<Record<string, string>>>>;
const jsonCache = new Map<string, LocaleJson>();
/** A shipped locale file as translators wrote it. */
export const localeJson = (tag: string): LocaleJson => {
  let json = jsonCache.get(tag);
  if (!json) {
    json = JSON.parse(readFileSync(new URL(`../../locales/${tag}.json`, import.meta.url), 'utf8')) as LocaleJson;
    jsonCache.set(tag, json);
  }
  return json;
};

/** Formats an ICU text as a plain ICU formatter does; the name is a value, never parsed. */
export const formatIcu = (text: string, tag: string, provider?: string): string =>
  String(new IntlMessageFormat(text, tag).format({ provider: provider ?? '' }));

/** A provider name as the README says it is used: trimmed; ignored when blank or over 256 characters. */
const usableProvider = (provider: string | undefined) => {
  const trimmed = provider?.trim();
  return trimmed && trimmed.length <= 256 ? trimmed : undefined;
};

/** Extra catalogs of a test, by tag: they come before the shipped file of the same tag. */
export type Catalogs = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>;

export interface Expected {
  readonly locale: string;
  readonly key: string;
  readonly fallback: Fallback;
  readonly title: string;
  readonly message: string;
  /** The button label, `null` for the action `none`. */
  readonly actionLabel: string | null;
}

/**
 * What a call must answer, by the README's rules: every key of the chain in the requested language (its regional
 * catalog, then the language) before the next language (English); within an entry, the text with the provider
 * name where there is one and a name is given, else the generic text.
 *
 * @example
 * ```ts
 * expected(specCases[0], 'de', { provider: 'ING' }).message; // the German text of that entry, with ING
 * ```
 */
export const expected = (
  spec: SpecCase,
  locale: string,
  options: { readonly provider?: string; readonly catalogs?: Catalogs } = {},
): Expected => {
  const provider = usableProvider(options.provider);
  const language = locale.split('-')[0] as string;
  const ownTags = language === locale ? [locale] : [locale, language];
  const languages = language === 'en' ? [ownTags] : [ownTags, ['en']];
  const entryIn = (tag: string, key: string) =>
    options.catalogs?.[tag]?.[key] ?? (shippedLocales.includes(tag) ? localeJson(tag)[key] : undefined);
  for (const tags of languages) {
    for (const key of spec.chain) {
      for (const tag of tags) {
        const entry = entryIn(tag, key);
        if (!entry?.title || !entry.message) continue;
        const text = (field: 'title' | 'message') => {
          const variant = entry[`${field}WithProvider`];
          return provider && variant ? formatIcu(variant, tag, provider) : formatIcu(entry[field] as string, tag);
        };
        const labelTag = [...tags, 'en'].find((t) => entryIn(t, `action.${spec.action}`)?.label);
        return {
          locale: tag,
          key,
          fallback: key === 'unknown' ? 'unknown' : key === spec.chain[0] ? 'none' : key.startsWith('category.') ? 'category' : 'code',
          title: text('title'),
          message: text('message'),
          actionLabel:
            spec.action === 'none' || labelTag === undefined
              ? null
              : formatIcu(entryIn(labelTag, `action.${spec.action}`)?.label as string, labelTag),
        };
      }
    }
  }
  throw new Error(`oracle: no entry for ${spec.name} in ${locale}`);
};

/** The row of `specCases` with this name; a name the table lacks throws, so a renamed row cannot pass unnoticed. */
export const specCase = (name: string): SpecCase => {
  const row = specCases.find((spec) => spec.name === name);
  if (!row) throw new Error(`oracle: no row named ${JSON.stringify(name)}`);
  return row;
};

const htmlReferences: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** A text as a page must hold it in element content: `& < > " '` as character references, everything else as is. */
export const htmlText = (text: string): string => text.replace(/[&<>"']/g, (char) => htmlReferences[char] as string);

// --- Helpers for generated inputs (test/properties.test.ts): rows for any code and reason, as the table's rows are made.

/** The reasons the spec documents for each code (its table "Status codes and reasons"). */
export const specReasons: Readonly<Record<number, readonly string[]>> = {
  100: ['OK'],
  201: ['Bad Credentials', 'Account Blocked', 'Password Expired'],
  202: ['User Action Required'],
  203: ['Contract Error'],
  205: ['Strong Authentication'],
  206: ['Certificate Error'],
  300: ['Provider Error'],
  301: ['Download Error'],
  302: ['Session Expired'],
  303: ['Case Error'],
  304: ['Provider Action Required'],
  305: ['Certificate Error'],
  400: ['Internal Error'],
  401: ['Balance Error'],
  402: ['Import Error'],
};

/** A reason or status as resolution compares it (README): case-insensitive, with spaces, `_` and `-` alike. */
export const reasonKey = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');

/** Whether a reason is used: a non-blank string of at most 256 characters; anything else counts as no reason. */
export const usableReason = (reason: unknown): reason is string =>
  typeof reason === 'string' && reason.trim() !== '' && reason.length <= 256;

/**
 * The row for any code 100–499 with any `reason`, by the README's rules: the reason's entry (only 201 has any), the
 * code's own entry, its category, then `unknown`. A code's documented reason is the code's own entry; a reason the
 * API adds later falls back to the code's entry (`code`), or for an undocumented code to its category.
 */
export const codeCase = (code: number, reason?: unknown): SpecCase => {
  const documented = Object.hasOwn(codeActions, code);
  const segment = usableReason(reason) ? reasonKey(reason) : undefined;
  const name = `code ${code}${segment === undefined ? '' : `, reason ${JSON.stringify(String(reason).slice(0, 40))}`}`;
  const withReason = segment === undefined ? {} : { reason: reason as string };
  if (segment !== undefined && code === 201 && Object.hasOwn(reasonActions, segment)) {
    const key = `code.201.${segment}`;
    return exact(name, code, key, reasonActions[segment] as string, { ...withReason, chain: codeChain(201, segment) });
  }
  const own = segment === undefined || (specReasons[code] ?? []).some((documentedReason) => reasonKey(documentedReason) === segment);
  const chain = own ? codeChain(code) : codeChain(code, segment);
  const key = documented ? `code.${code}` : category(code);
  return {
    name,
    input: code,
    ...withReason,
    chain,
    key,
    fallback: key === chain[0] ? 'none' : documented ? 'code' : 'category',
    action: documented ? (codeActions[code] as string) : (categoryActions[category(code)] as string),
    known: documented,
  };
};

// The statuses of a sync that is going fine (README, `getErrorMessage`).
const okStatusKeys = new Set([
  'status.finished',
  'status.pending',
  'status.in_progress',
  'status.in_background_progress',
  'status.scheduled',
]);
/** Whether nothing failed for a row (README): 1xx codes and the statuses of a sync going fine; `getErrorMessage` is `null`. */
export const nothingFailed = (spec: SpecCase): boolean => okStatusKeys.has(spec.key) || /^(code\.1\d\d|category\.1xx)$/.test(spec.key);

/**
 * The provider name as a text shows it (README): trimmed, lone surrogates replaced by U+FFFD; `undefined` when it is
 * not a string, is blank or is over 256 characters (the text then says "your bank").
 */
export const providerAsShown = (provider: unknown): string | undefined =>
  typeof provider === 'string' ? usableProvider(provider)?.toWellFormed() : undefined;
