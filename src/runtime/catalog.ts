/**
 * The API specification as typed data: every status, code and reason, and what each means for the app.
 * Nothing here depends on language; wording lives in `locales/<tag>.json`, under the keys built here.
 */

export const statusNames = [
  'finished',
  'pending',
  'in progress',
  'in background progress',
  'waiting user',
  'cancelled',
  'error',
  'maintenance',
  'scheduled',
  'unavailable',
] as const;
/** A `status` value documented by the API. */
export type StatusName = (typeof statusNames)[number];

/** The reasons documented for each code; 201 is the only code with several. */
export const codeReasons = {
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
} as const;
/** A `status_code` documented by the API. */
export type StatusCode = keyof typeof codeReasons;
export const statusCodes = Object.keys(codeReasons).map(Number) as StatusCode[];

export const categories = ['ok', 'user_action', 'provider_error', 'internal_error', 'unknown'] as const;
/** What kind of outcome a status or code is; `unknown` for anything the API did not document. */
export type Category = (typeof categories)[number];

export const actions = [
  'none',
  'wait',
  'retry_later',
  'update_credentials',
  'change_password',
  'unblock_account',
  'act_on_provider_website',
  'upgrade_contract',
  'authenticate',
  'renew_certificate',
  'contact_support',
] as const;
/** What the end user can do next; each but `none` has a button label in every locale (`action.<name>`). */
export type Action = (typeof actions)[number];

const severities = ['success', 'info', 'warning', 'error'] as const;
export type Severity = (typeof severities)[number];

/** Language-independent facts about one status or code. */
export interface Meta {
  readonly category: Category;
  readonly action: Action;
  /** A later automatic sync may succeed without the user doing anything. */
  readonly retryable: boolean;
  readonly userActionRequired: boolean;
  readonly severity: Severity;
}

/** Reason text as a key segment: case-insensitive, with spaces, `_` and `-` alike (`Bad Credentials` → `bad_credentials`). */
export const toKeySegment = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');

/**
 * The message keys of a catalog, in catalog order: each status, each code (followed by a key per reason when the
 * code has several, as 201 does: a code's one reason is the code's own entry), each category, and `unknown`.
 */
const messageKeys = [
  ...statusNames.map((status) => `status.${toKeySegment(status)}`),
  ...statusCodes.flatMap((code) => {
    const reasons: readonly string[] = codeReasons[code];
    return [`code.${code}`, ...(reasons.length > 1 ? reasons.map((reason) => `code.${code}.${toKeySegment(reason)}`) : [])];
  }),
  ...[1, 2, 3, 4].map((hundreds) => `category.${hundreds}xx`),
  'unknown',
];

// How each entry is derived from the spec:
// - 1xx and the statuses that describe a sync going fine (queued, running, planned) are `ok`; progress reads
//   as `info`, done as `success`, and the user has nothing to do.
// - 2xx: only the user can unblock the sync (new login details, a password changed at the bank, an identity
//   check, a contract or certificate), so a later automatic sync cannot succeed: not `retryable`.
//   Wrong or blocked login, contract and certificate problems are `error`s; the routine steps (identity check,
//   something to read on the bank's website) are `warning`s.
// - 3xx: the bank's website failed. It usually recovers by itself, so these are `retryable` `warning`s whose
//   action is `retry_later` — except 303, an unsupported case that no retry fixes: `contact_support`.
// - 4xx: our side failed. Transient by nature (`retryable`), but shown as `error` since nothing was updated.
// - `waiting user` waits for the user to complete a step, in practice an identity check. `cancelled` stopped
//   before the end (often by the user): nothing is broken, so the button starts the update again. `error` is a
//   failure the status alone does not explain.
// - Categories carry the same reasoning for codes the provider adds later; `unknown` is a safe generic failure.
// So a sync is `retryable` exactly when the user is told to retry later, and the user must act exactly when the
// category is `user_action` and retrying is not the answer (`cancelled`).
//
// Each message key's category, action and severity, as three digits in `messageKeys` order: indexes into
// `categories`, `actions` (base 36: `a` is `contact_support`) and `severities`. Digits rather than a table of
// objects, since this ships in every browser bundle: the objects weighed ~100 bytes min+gzip more.
const metaDigits = [
  // finished, pending, in progress, in background progress, waiting user, cancelled, error, maintenance, scheduled, unavailable
  '000 011 011 001 182 122 423 222 001 222',
  // 100, 201 (then its reasons: bad credentials, account blocked, password expired), 202, 203, 205, 206
  '000 133 133 153 143 162 173 182 193',
  // 300, 301, 302, 303, 304, 305, 400, 401, 402
  '222 222 222 2a3 222 222 323 323 323',
  // category.1xx, 2xx, 3xx, 4xx, unknown
  '000 162 222 323 423',
].join(' ');

/** Every message key of a catalog, in catalog order, and the metadata behind it. */
export const messageMeta: ReadonlyMap<string, Meta> = new Map(
  metaDigits.split(' ').map((digits, i) => {
    const category = categories[Number(digits[0])] as Category;
    const action = actions[Number.parseInt(digits[1] as string, 36)] as Action;
    const retryable = action === 'retry_later';
    return [
      messageKeys[i] as string,
      {
        category,
        action,
        severity: severities[Number(digits[2])] as Severity,
        retryable,
        userActionRequired: category === 'user_action' && !retryable,
      },
    ];
  }),
);

/** Keys of the button labels: every action but `none`. */
export const actionKeys = actions.filter((a) => a !== 'none').map((a) => `action.${a}`);

/** Every key a complete catalog holds. */
export const catalogKeys: readonly string[] = [...messageKeys, ...actionKeys];
