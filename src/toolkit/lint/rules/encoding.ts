import { defineRule } from '../rule.js';

const startsWithByteOrderMark = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

export const encoding = defineRule({
  name: 'encoding',
  severity: 'error',
  description: 'The file is not UTF-8, or starts with a byte order mark.',
  file: ({ bytes, text }, report) => {
    if (startsWithByteOrderMark(bytes)) {
      report(0, 'the file starts with a byte order mark (BOM)', 'save it as "UTF-8" without BOM; JSON tools reject the BOM');
    }
    if (!isUtf8(bytes)) {
      // The text was decoded leniently: the first invalid byte became the replacement character.
      report(
        Math.max(0, text.indexOf('\uFFFD')),
        'the file is not valid UTF-8 (the first invalid character is here)',
        'save the file with the UTF-8 encoding (in most editors: "Save with encoding" → UTF-8)',
      );
    }
  },
});
