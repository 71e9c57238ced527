/**
 * From what the API returned to the catalog keys to try, most specific first. Pure and locale-independent:
 * the same input always gives the same chain, so an instance can build each chain once and reuse it.
 */
import { codeReasons, type Meta, messageMeta, type StatusName, statusNames, toKeySegment } from './catalog.js';

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
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{3}\s*$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 100 && n <= 499 ? n : null;
};

// The API's own spellings (`in progress`) and key segments (`in_progress`); other spellings are normalized first.
// Looking the value up as is first means the common case builds no string on every call.
const statusByText = new Map<string, StatusName>([
  ...statusNames.map((s) => [s, s] as const),
  ...statusNames.map((s) => [toKeySegment(s), s] as const),
]);

/** A documented status, matched like reasons (`In Progress`, `in_progress`); `null` otherwise. */
export const parseStatus = (value: unknown): StatusName | null =>
  typeof value === 'string' && value.length <= 64 ? (statusByText.get(value) ?? statusByText.get(toKeySegment(value)) ?? null) : null;

/** Reads a property without ever throwing (getters, proxies, hostile objects). */
export const read = (object: object, name: string): unknown => {
  try {
    return (object as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
};

// One reader per field of the connection object, each reading its property by name and never throwing: the
// engine can then cache the object's shape at each read site, unlike `read(object, name)` whose one site sees
// every name (a connection object resolves ~25% faster in bench/).
export const statusCodeOf = (connection: Connection): unknown => {
  try {
    return connection.status_code;
  } catch {
    return undefined;
  }
};
export const statusOf = (connection: Connection): unknown => {
  try {
    return connection.status;
  } catch {
    return undefined;
  }
};
export const statusReasonOf = (connection: Connection): unknown => {
  try {
    return connection.status_reason;
  } catch {
    return undefined;
  }
};

/** A usable `status_reason`, or `null`. */
export const asReason = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' && value.length <= 256 ? value : null;

/**
 * Validates a call's input: a code (number or numeric string) or a connection object. For a connection object,
 * an error code (≥ 200) wins; otherwise the status' own message; otherwise the code; otherwise `unknown`.
 */
export const parseQuery = (input: unknown, reasonOption?: unknown): Query => {
  let code: number | null;
  let status: StatusName | null = null;
  let reason = asReason(reasonOption);
  if (input !== null && typeof input === 'object') {
    code = parseCode(statusCodeOf(input));
    status = parseStatus(statusOf(input));
    reason ??= asReason(statusReasonOf(input));
  } else {
    code = parseCode(input);
  }
  return { code, reason, status, by: precedence(code, status) };
};

/** Which of `code` and `status` decides the message: an error code (≥ 200), else the status, else any code. */
export const precedence = (code: number | null, status: StatusName | null): Query['by'] =>
  code !== null && (code >= 200 || status === null) ? 'code' : status !== null ? 'status' : 'none';

// Reasons that the spec documents for a code without giving them an entry of their own.
const documentedReasons = new Map<number, ReadonlySet<string>>(
  Object.entries(codeReasons).map(([code, reasons]) => [
    Number(code),
    new Set(reasons.map(toKeySegment).filter((reason) => !messageMeta.has(`code.${code}.${reason}`))),
  ]),
);

/**
 * The keys to try for a query, most specific first: for a code, its own entry, its category, `unknown`; with a
 * reason, the reason's entry of the code comes first and the code's own entry becomes a `code` fallback.
 */
export const candidates = (query: Query): readonly Candidate[] => {
  if (query.by === 'status' && query.status) {
    return [{ key: `status.${toKeySegment(query.status)}`, fallback: 'none' }, unknownCandidate];
  }
  if (query.by !== 'code' || query.code === null) return [unknownCandidate];
  const own = `code.${query.code}`;
  const rest: Candidate[] = [{ key: `category.${Math.floor(query.code / 100)}xx`, fallback: 'category' }, unknownCandidate];
  const reason = query.reason === null ? null : toKeySegment(query.reason);
  // A code's one documented reason (302 "Session Expired") is the code's own entry, not a fallback from it.
  return reason === null || documentedReasons.get(query.code)?.has(reason)
    ? [{ key: own, fallback: 'none' }, ...rest]
    : [{ key: `${own}.${reason}`, fallback: 'none' }, { key: own, fallback: 'code' }, ...rest];
};

/** The language-independent metadata of a chain: that of its first key the spec documents. */
export const metaOf = (chain: readonly Candidate[]): Meta => {
  for (const { key } of chain) {
    const meta = messageMeta.get(key);
    if (meta) return meta;
  }
  return messageMeta.get('unknown') as Meta;
};
