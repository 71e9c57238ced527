/**
 * JSON as translators edit it: a strict parser (same grammar as `JSON.parse`) that keeps where every key, value
 * and string character came from, so tools can point at `file:line:column`, and whose syntax errors say what a
 * translator most likely did (a trailing comma, a quote inside a text, a line break) and how to fix it.
 * `JSON.parse` only says "Unexpected token", and at an offset, not a line.
 */

interface NodeBase {
  /** Offset of the first character of the value in the text. */
  readonly start: number;
  /** Offset just after the value. */
  readonly end: number;
}
export interface JsonMember {
  readonly key: string;
  /** Offset of the key's opening quote. */
  readonly keyStart: number;
  readonly value: JsonNode;
}
export interface JsonObject extends NodeBase {
  readonly type: 'object';
  /** In text order, duplicates included. */
  readonly members: readonly JsonMember[];
}
export interface JsonArray extends NodeBase {
  readonly type: 'array';
  readonly items: readonly JsonNode[];
}
export interface JsonString extends NodeBase {
  readonly type: 'string';
  readonly value: string;
  /**
   * `offsets[i]` is where the UTF-16 code unit `value[i]` is written in the text (escapes included), and
   * `offsets[value.length]` is the closing quote: a position inside the string maps back to the file.
   */
  readonly offsets: readonly number[];
}
export interface JsonScalar extends NodeBase {
  readonly type: 'number' | 'boolean' | 'null';
  readonly value: number | boolean | null;
}
export type JsonNode = JsonObject | JsonArray | JsonString | JsonScalar;

/** A syntax error at `offset`, with a hint for the person editing the file. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

const isWhitespace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const escapes: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const quoteHint = 'a text that contains a double quote must write it as \\" — or use typographic quotes such as “ ” or « »';

/** Describes the character at `offset` for an error message: `"x"`, `a line break`, `the end of the file`. */
const describeAt = (text: string, offset: number): string => {
  const c = text[offset];
  if (c === undefined) return 'the end of the file';
  if (c === '\n' || c === '\r') return 'a line break';
  return JSON.stringify(String.fromCodePoint(text.codePointAt(offset) ?? 0));
};

/**
 * Parses `text` as strict JSON, keeping positions. Throws `JsonSyntaxError` for anything `JSON.parse` rejects.
 *
 * @example
 * ```ts
 * const root = parseJsonSource('{ "title": "Hi" }');
 * root.type === 'object' && root.members[0]?.keyStart; // 2
 * parseJsonSource('{ "a": 1, }'); // throws JsonSyntaxError: a comma before "}" …
 * ```
 */
export const parseJsonSource = (text: string): JsonNode => {
  let pos = 0;
  // Annotated so that TypeScript narrows after `if (…) fail(…)`.
  const fail: (message: string, hint: string, at?: number) => never = (message, hint, at = pos) => {
    throw new JsonSyntaxError(message, at, hint);
  };
  const match = (sticky: RegExp): string | undefined => {
    sticky.lastIndex = pos;
    return sticky.exec(text)?.[0];
  };
  const skipWhitespace = () => {
    while (isWhitespace(text[pos])) pos++;
    if (text.startsWith('//', pos) || text.startsWith('/*', pos)) {
      fail('comments are not allowed in JSON', 'remove the comment; notes for translators go in the "description" of en.json');
    }
  };

  const parseString = (): JsonString => {
    const start = pos;
    pos++; // opening quote
    let value = '';
    const offsets: number[] = [];
    for (;;) {
      const c = text[pos];
      if (c === undefined) fail('a text is not closed: its closing double quote is missing', 'add " at the end of the text', start);
      if (c === '"') break;
      if (c === '\n' || c === '\r') {
        fail('line break inside a text', 'JSON texts fit on one line: join the lines, or write \\n for a line break', pos);
      }
      if (c === '\\') {
        const e = text[pos + 1];
        if (e === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex))
            fail('invalid \\u escape: expected 4 hexadecimal digits', 'write \\u followed by 4 digits 0-9/A-F, e.g. \\u00A0', pos);
          offsets.push(pos);
          value += String.fromCharCode(Number.parseInt(hex, 16));
          pos += 6;
          continue;
        }
        const decoded = e === undefined ? undefined : escapes[e];
        if (decoded === undefined) {
          fail(
            `invalid escape \\${e ?? ''} in a text`,
            'a backslash starts an escape (\\" \\\\ \\n …); write \\\\ for a backslash itself',
            pos,
          );
        }
        offsets.push(pos);
        value += decoded;
        pos += 2;
        continue;
      }
      if (c < ' ')
        fail(
          `control character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} inside a text`,
          'remove it, or write it as an escape (\\t for a tab)',
          pos,
        );
      offsets.push(pos);
      value += c;
      pos++;
    }
    offsets.push(pos);
    pos++; // closing quote
    return { type: 'string', start, end: pos, value, offsets };
  };

  const parseValue = (after: string): JsonNode => {
    skipWhitespace();
    const start = pos;
    const c = text[pos];
    if (c === '{') return parseObject();
    if (c === '[') return parseArray();
    if (c === '"') return parseString();
    if (c === "'") fail('texts must be in double quotes, not single quotes', 'replace the single quotes around the text with "');
    const literal = match(/true|false|null/y);
    if (literal) {
      pos += literal.length;
      return { type: literal === 'null' ? 'null' : 'boolean', start, end: pos, value: literal === 'null' ? null : literal === 'true' };
    }
    const number = match(/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y);
    if (number) {
      pos += number.length;
      return { type: 'number', start, end: pos, value: Number(number) };
    }
    return fail(
      `expected a value ${after}, found ${describeAt(text, pos)}`,
      'a value is a text in double quotes, an object {…}, a number, true, false or null',
    );
  };

  const parseObject = (): JsonObject => {
    const start = pos;
    pos++;
    const members: JsonMember[] = [];
    skipWhitespace();
    if (text[pos] === '}') {
      pos++;
      return { type: 'object', start, end: pos, members };
    }
    for (;;) {
      skipWhitespace();
      if (text[pos] === '}' && members.length > 0)
        fail('a comma before "}": the last entry must not end with a comma', 'remove the comma after the last entry');
      if (text[pos] !== '"') {
        if (text[pos] === "'") fail('keys must be in double quotes, not single quotes', 'replace the single quotes around the key with "');
        fail(
          `expected a key in double quotes, found ${describeAt(text, pos)}`,
          'each entry reads "key": value, with a comma between entries',
        );
      }
      const keyNode = parseString();
      skipWhitespace();
      if (text[pos] !== ':')
        fail(
          `expected ":" after the key "${keyNode.value}", found ${describeAt(text, pos)}`,
          'write a colon between the key and its value',
        );
      pos++;
      const value = parseValue(`for the key "${keyNode.value}"`);
      members.push({ key: keyNode.value, keyStart: keyNode.start, value });
      skipWhitespace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === '}') {
        pos++;
        return { type: 'object', start, end: pos, members };
      }
      const unexpectedAfterText = value.type === 'string' && text[pos] !== undefined && text[pos] !== '"';
      fail(
        `expected "," or "}" after the value of "${keyNode.value}", found ${describeAt(text, pos)}`,
        unexpectedAfterText
          ? `the text of "${keyNode.value}" ends early: ${quoteHint}`
          : text[pos] === '"'
            ? 'add a comma at the end of the previous entry'
            : 'separate entries with a comma and close the object with }',
      );
    }
  };

  const parseArray = (): JsonArray => {
    const start = pos;
    pos++;
    const items: JsonNode[] = [];
    skipWhitespace();
    if (text[pos] === ']') {
      pos++;
      return { type: 'array', start, end: pos, items };
    }
    for (;;) {
      skipWhitespace();
      if (text[pos] === ']' && items.length > 0)
        fail('a comma before "]": the last item must not end with a comma', 'remove the comma after the last item');
      items.push(parseValue('in the list'));
      skipWhitespace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === ']') {
        pos++;
        return { type: 'array', start, end: pos, items };
      }
      fail(`expected "," or "]" in a list, found ${describeAt(text, pos)}`, 'separate items with a comma and close the list with ]');
    }
  };

  const root = parseValue('at the start of the file');
  skipWhitespace();
  if (pos < text.length)
    fail(
      `unexpected ${describeAt(text, pos)} after the end of the JSON value`,
      'the file holds one object: remove what follows its closing }',
    );
  return root;
};

/** The plain value of a node, as `JSON.parse` would return it (the last of duplicate keys wins). */
export const toValue = (node: JsonNode): unknown => {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const { key, value } of node.members) {
        // defineProperty: a "__proto__" key stays an own property, as with JSON.parse.
        Object.defineProperty(object, key, { value: toValue(value), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    case 'array':
      return node.items.map(toValue);
    default:
      return node.value;
  }
};

/** A 1-based line and column (in UTF-16 code units, as editors and ESLint count them). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Returns a function that maps an offset in `text` to its line and column; `\n`, `\r\n` and `\r` end lines.
 *
 * @example
 * ```ts
 * const at = lineLocator('{\n  "a": 1\n}');
 * at(4); // { line: 2, column: 3 }
 * ```
 */
export const lineLocator = (text: string): ((offset: number) => Position) => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
};
