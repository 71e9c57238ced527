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

export type Severity = 'success' | 'info' | 'warning' | 'error';

/** Language-independent facts about one status or code. */
export interface Meta {
  readonly category: Category;
  readonly action: Action;
  /** A later automatic sync may succeed without the user doing anything. */
  readonly retryable: boolean;
  readonly userActionRequired: boolean;
  readonly severity: Severity;
}

const meta = (category: Category, action: Action, severity: Severity, retryable: boolean, userActionRequired = false): Meta => ({
  category,
  action,
  severity,
  retryable,
  userActionRequired,
});

// How each entry is derived from the spec:
// - 1xx and the statuses that describe a sync going fine (queued, running, planned) are `ok`; progress reads
//   as `info`, done as `success`, and the user has nothing to do.
// - 2xx: only the user can unblock the sync (new login details, a password changed at the bank, an identity
//   check, a contract or certificate), so a later automatic sync cannot succeed: `retryable` is false.
//   Wrong or blocked login, contract and certificate problems are `error`s; the routine steps (identity check,
//   something to read on the bank's website) are `warning`s.
// - 3xx: the bank's website failed. It usually recovers by itself, so these are `retryable` `warning`s whose
//   action is `retry_later` — except 303, an unsupported case that no retry fixes: `contact_support`.
// - 4xx: our side failed. Transient by nature (`retryable`), but shown as `error` since nothing was updated.
// - Categories carry the same reasoning for codes the provider adds later; `unknown` is a safe generic failure.
const codeMeta = {
  100: meta('ok', 'none', 'success', false),
  201: meta('user_action', 'update_credentials', 'error', false, true),
  202: meta('user_action', 'act_on_provider_website', 'warning', false, true),
  203: meta('user_action', 'upgrade_contract', 'error', false, true),
  205: meta('user_action', 'authenticate', 'warning', false, true),
  206: meta('user_action', 'renew_certificate', 'error', false, true),
  300: meta('provider_error', 'retry_later', 'warning', true),
  301: meta('provider_error', 'retry_later', 'warning', true),
  302: meta('provider_error', 'retry_later', 'warning', true),
  303: meta('provider_error', 'contact_support', 'error', false),
  304: meta('provider_error', 'retry_later', 'warning', true),
  305: meta('provider_error', 'retry_later', 'warning', true),
  400: meta('internal_error', 'retry_later', 'error', true),
  401: meta('internal_error', 'retry_later', 'error', true),
  402: meta('internal_error', 'retry_later', 'error', true),
} as const satisfies Record<StatusCode, Meta>;

/** Code 201's reasons each ask for a different fix. */
const reasonMeta: Readonly<Record<string, Meta>> = {
  'code.201.bad_credentials': codeMeta[201],
  'code.201.account_blocked': meta('user_action', 'unblock_account', 'error', false, true),
  'code.201.password_expired': meta('user_action', 'change_password', 'error', false, true),
};

const statusMeta = {
  finished: meta('ok', 'none', 'success', false),
  pending: meta('ok', 'wait', 'info', false),
  'in progress': meta('ok', 'wait', 'info', false),
  'in background progress': meta('ok', 'none', 'info', false),
  // The sync waits for the user to complete a step, in practice an identity check.
  'waiting user': meta('user_action', 'authenticate', 'warning', false, true),
  // Stopped before the end (often by the user); nothing is broken, so the button starts the update again.
  cancelled: meta('user_action', 'retry_later', 'warning', true),
  // A failure the status alone does not explain.
  error: meta('unknown', 'retry_later', 'error', true),
  maintenance: meta('provider_error', 'retry_later', 'warning', true),
  scheduled: meta('ok', 'none', 'info', false),
  unavailable: meta('provider_error', 'retry_later', 'warning', true),
} as const satisfies Record<StatusName, Meta>;

const categoryPrefixes = ['1xx', '2xx', '3xx', '4xx'] as const;
const categoryMeta = {
  '1xx': codeMeta[100],
  '2xx': meta('user_action', 'act_on_provider_website', 'warning', false, true),
  '3xx': meta('provider_error', 'retry_later', 'warning', true),
  '4xx': meta('internal_error', 'retry_later', 'error', true),
} as const satisfies Record<(typeof categoryPrefixes)[number], Meta>;

const unknownMeta = meta('unknown', 'retry_later', 'error', true);

/** Reason text as a key segment: case-insensitive, with spaces, `_` and `-` alike (`Bad Credentials` → `bad_credentials`). */
export const toKeySegment = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');

/** Every message key of a catalog, in catalog order, and the metadata behind it. */
export const messageMeta: ReadonlyMap<string, Meta> = new Map<string, Meta>([
  ...statusNames.map((s) => [`status.${toKeySegment(s)}`, statusMeta[s]] as const),
  ...statusCodes.flatMap((c) => [
    [`code.${c}`, codeMeta[c]] as const,
    ...(c === 201
      ? codeReasons[201].map((r) => [`code.201.${toKeySegment(r)}`, reasonMeta[`code.201.${toKeySegment(r)}`] as Meta] as const)
      : []),
  ]),
  ...categoryPrefixes.map((p) => [`category.${p}`, categoryMeta[p]] as const),
  ['unknown', unknownMeta],
]);

/** Keys of the button labels: every action but `none`. */
export const actionKeys = actions.filter((a) => a !== 'none').map((a) => `action.${a}`);

/** Every key a complete catalog holds. */
export const catalogKeys: readonly string[] = [...messageMeta.keys(), ...actionKeys];
