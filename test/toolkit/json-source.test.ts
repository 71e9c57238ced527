import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, lineLocator, parseJsonSource, toValue } from '../../src/toolkit/json-source.js';

const accepts = (parser: (text: string) => unknown, text: string) => {
  try {
    parser(text);
    return true;
  } catch {
    return false;
  }
};

const syntaxError = (text: string): JsonSyntaxError => {
  try {
    parseJsonSource(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected a syntax error for ${text}`);
};

describe('parseJsonSource', () => {
  it('reads every JSON value as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(toValue(parseJsonSource(text))).toStrictEqual(JSON.parse(text));
      }),
    );
  });

  it('accepts exactly what JSON.parse accepts, for texts one edit away from valid JSON', () => {
    const edited = fc
      .tuple(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('', ',', '"', "'", '}', ']', '{', ':', '\\', '\n', ' ', '0', '-', '/', 'e', '\u0001'),
        fc.boolean(),
      )
      .map(([value, at, insert, replace]) => {
        const text = JSON.stringify({ entry: value }, null, 2);
        const index = at % (text.length + 1);
        return text.slice(0, index) + insert + text.slice(replace ? index + 1 : index);
      });
    fc.assert(
      fc.property(edited, (text) => {
        expect(accepts(parseJsonSource, text), text).toBe(accepts(JSON.parse, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the last of duplicate keys, as JSON.parse, and every member in text order', () => {
    const root = parseJsonSource('{"a": 1, "b": 2, "a": 3}');
    expect(toValue(root)).toEqual({ a: 3, b: 2 });
    expect(root.type === 'object' && root.members.map((member) => member.key)).toEqual(['a', 'b', 'a']);
  });

  it('maps every character of a string, escapes included, back to the text', () => {
    const text = '{"k": "a\\"b\\u00e9c\\n"}';
    const root = parseJsonSource(text);
    const value = root.type === 'object' ? root.members[0]?.value : undefined;
    expect(value?.type).toBe('string');
    if (value?.type !== 'string') return;
    expect(value.value).toBe('a"béc\n');
    expect(value.offsets.map((offset) => text[offset])).toEqual(['a', '\\', 'b', '\\', 'c', '\\', '"']);
    expect(value.start).toBe(6);
    expect(value.end).toBe(text.length - 1);
  });

  it.each([
    ['{\n  "a": "x",\n}', 'a comma before "}"', 'remove the comma', 3, 1],
    ['{\n  "a": "x"\n  "b": "y"\n}', 'expected "," or "}" after the value of "a", found "\\""', 'add a comma', 3, 3],
    ['{\n  "a": "Il dit "bonjour""\n}', 'expected "," or "}" after the value of "a", found "b"', 'write it as \\"', 2, 17],
    ['{\n  "a": "two\nlines"\n}', 'line break inside a text', 'join the lines', 2, 12],
    ["{\n  'a': 'x'\n}", 'keys must be in double quotes', 'replace the single quotes', 2, 3],
    ['{\n  "a": \'x\'\n}', 'texts must be in double quotes', 'replace the single quotes', 2, 8],
    ['{\n  // note\n  "a": 1\n}', 'comments are not allowed', 'remove the comment', 2, 3],
    ['{\n  "a": "x\\q"\n}', 'invalid escape \\q', 'write \\\\ for a backslash', 2, 10],
    ['{\n  "a": "x\\u12"\n}', 'invalid \\u escape', '4 digits', 2, 10],
    ['{\n  "a": "x', 'a text is not closed', 'add "', 2, 8],
    ['{\n  "a": \n', 'expected a value for the key "a", found the end of the file', 'a value is', 3, 1],
    ['{\n  "a" "x"\n}', 'expected ":" after the key "a"', 'colon', 2, 7],
    ['{"a": 1}}', 'unexpected "}" after the end of the JSON value', 'remove what follows', 1, 9],
    ['{"a": [1,]}', 'a comma before "]"', 'remove the comma', 1, 10],
    ['', 'expected a value at the start of the file, found the end of the file', 'a value is', 1, 1],
  ])('explains %j: %s (hint: %s) at %i:%i', (text, message, hint, line, column) => {
    const error = syntaxError(text);
    expect(error.message).toContain(message);
    expect(error.hint).toContain(hint);
    expect(lineLocator(text)(error.offset)).toEqual({ line, column });
  });
});

describe('lineLocator', () => {
  it.each([
    ['a\nb\nc', 4, { line: 3, column: 1 }],
    ['a\r\nb', 3, { line: 2, column: 1 }],
    ['a\rb', 2, { line: 2, column: 1 }],
    ['abc', 2, { line: 1, column: 3 }],
    ['a\n\n\nb', 4, { line: 4, column: 1 }],
  ])('finds offset %#', (text, offset, position) => {
    expect(lineLocator(text)(offset)).toEqual(position);
  });
});
