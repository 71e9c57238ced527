import { defineRule } from '../rule.js';

export const invalidJson = defineRule({
  name: 'invalid-json',
  severity: 'error',
  description: 'The file is not valid JSON (reported at the first syntax error).',
  // The parser says what a translator most likely did (a trailing comma, a quote inside a text) and how to fix it.
  jsonError: ({ error }, report) => report(error.offset, error.message, error.hint),
});
