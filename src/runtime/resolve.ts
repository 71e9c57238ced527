/**
 * From what the API returned to the catalog keys to try, most specific first. Pure and locale-independent:
 * the same input always gives the same chain, so an instance can build each chain once and reuse it.
 */
import { codeReasons, type Meta, messageMeta, type StatusCode, type StatusName, statusNames, toKeySegment } from './catalog.js';

/** How far resolution had to fall back from the most specific key. */
export type Fallback = 'none' | 'code' | 'category' | 'unknown';

/** A key to try, and the fallback it stands for. */
export interface Candidate {
  readonly key: string;
  readonly fallback: Fallback;
}

/** The connection object of the API; any field may be missing or null. */
export interface Connection {
  readonly status?: string | null;
  readonly status_code?: number | string | null;
  readonly status_reason?: string | null;
}

/** What a call asks for, once validated. */
export interface Query {
  /** An integer 100–499, or `null`. */
  readonly code: number | null;
  readonly reason: string | null;
  /** A documented status, or `null`. */
  readonly status: StatusName | null;
  /** Which of `code` and `status` decides the message: the connection-object precedence. */
  readonly by: 'code' | 'status' | 'none';
}

const unknownCandidate: Candidate = { key: 'unknown', fallback: 'unknown' };

/** An integer 100–499 from a number or a numeric string; `null` otherwise. */
export const parseCode = (value: unknown): number | null => {
  // Stryker disable next-line Regex: with anything before the digits, `Number()` refuses the string all the same.
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{3}\s*$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 100 && n <= 499 ? n : null;
};

// The API's own spellings (`in progress`) and key segments (`in_progress`); other spellings are normalized first.
// Looking the value up as is first means the common case builds no string on every call.
const statusByText = new Map<string, StatusName>(statusNames.flatMap((s) => [[s, s] as const, [toKeySegment(s), s] as const]));

/** A documented status, matched like reasons (`In Progress`, `in_progress`); `null` otherwise. */
export const parseStatus = (value: unknown): StatusName | null =>
  // Stryker disable next-line ConditionalExpression,EqualityOperator: no status is that long: the bound only spares `toKeySegment` a long string.
  typeof value === 'string' && value.length <= 64 ? (statusByText.get(value) ?? statusByText.get(toKeySegment(value)) ?? null) : null;

/** Reads a property without ever throwing (getters, proxies, hostile objects). */
export const read = (object: object, name: string): unknown => {
  try {
    return (object as Record<string, unknown>)[name];
  } catch {
    // A getter or a proxy trap that throws: nothing to read.
  }
  return undefined;
};

// One reader per field of the connection object, each reading its property by name and never throwing: the
// engine can then cache the object's shape at each read site, unlike `read(object, name)` whose one site sees
// every name (a connection object resolves ~25% faster in bench/).
const statusCodeOf = (connection: Connection): unknown => {
  try {
    return connection.status_code;
  } catch {
    // A getter that throws: the field reads as missing.
  }
};
const statusOf = (connection: Connection): unknown => {
  try {
    return connection.status;
  } catch {
    // A getter that throws: the field reads as missing.
  }
};
const statusReasonOf = (connection: Connection): unknown => {
  try {
    return connection.status_reason;
  } catch {
    // A getter that throws: the field reads as missing.
  }
};

/** A usable `status_reason`, or `null`. */
const asReason = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' && value.length <= 256 ? value : null;

/**
 * Validates a call's input, a code (number or numeric string) or a connection object, and its reason option, and
 * hands the query to `then` as arguments rather than as an object, so that the hot path allocates nothing. For a
 * connection object, an error code (≥ 200) wins; otherwise the status' own message; otherwise the code; otherwise
 * `unknown`. The reason option takes precedence over the object's `status_reason`.
 *
 * @example
 * ```ts
 * parseInput({ status: 'error', status_code: 302 }, undefined, (code, reason, status, by) => by); // 'code'
 * ```
 */
export const parseInput = <T>(
  input: unknown,
  reasonOption: unknown,
  then: (code: number | null, reason: string | null, status: StatusName | null, by: Query['by']) => T,
): T => {
  let code: number | null;
  let status: StatusName | null = null;
  let reason = asReason(reasonOption);
  // Stryker disable next-line ConditionalExpression: `null` then reads as nothing through `read`, giving the same query.
  if (input !== null && typeof input === 'object') {
    code = parseCode(statusCodeOf(input));
    status = parseStatus(statusOf(input));
    reason ??= asReason(statusReasonOf(input));
  } else {
    code = parseCode(input);
  }
  // An error code (≥ 200) wins over the status, the status over any other code.
  return then(code, reason, status, code !== null && (code >= 200 || status === null) ? 'code' : status !== null ? 'status' : 'none');
};

/** `parseInput`'s query as an object. */
export const parseQuery = (input: unknown, reasonOption?: unknown): Query =>
  parseInput(input, reasonOption, (code, reason, status, by) => ({ code, reason, status, by }));

/**
 * The keys to try for a query, most specific first: for a code, its own entry, its category, `unknown`; with a
 * reason, the reason's entry of the code comes first and the code's own entry becomes a `code` fallback.
 */
export const candidates = ({ code, reason, status, by }: Query): readonly Candidate[] => {
  const chain: Candidate[] = [];
  if (by === 'status' && status) chain.push({ key: `status.${toKeySegment(status)}`, fallback: 'none' });
  // Stryker disable next-line ConditionalExpression,LogicalOperator: `by` is `code` exactly when `code` is not `null`.
  if (by === 'code' && code !== null) {
    const own = `code.${code}`;
    const segment = reason === null ? null : toKeySegment(reason);
    // Stryker disable next-line ArrayDeclaration: a reason of an undocumented code has no entry, documented or not.
    const documented: readonly string[] = Object.hasOwn(codeReasons, code) ? codeReasons[code as StatusCode] : [];
    // A code's one documented reason (302 "Session Expired") is the code's own entry, not a fallback from it.
    if (segment === null || (documented.length === 1 && toKeySegment(documented[0] as string) === segment)) {
      chain.push({ key: own, fallback: 'none' });
    } else {
      chain.push({ key: `${own}.${segment}`, fallback: 'none' }, { key: own, fallback: 'code' });
    }
    chain.push({ key: `category.${Math.floor(code / 100)}xx`, fallback: 'category' });
  }
  chain.push(unknownCandidate);
  return chain;
};

/** The language-independent metadata of a chain: that of its first key the spec documents. */
export const metaOf = (chain: readonly Candidate[]): Meta => {
  for (const { key } of chain) {
    const meta = messageMeta.get(key);
    if (meta) return meta;
  }
  return messageMeta.get('unknown') as Meta;
};
