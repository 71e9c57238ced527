import { defineRule } from '../rule.js';

/** What the ICU parser's error kinds mean for a translator. */
const icuErrors: Readonly<Record<string, { message: string; hint: string }>> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: {
    message: 'a placeholder is not closed: "}" is missing',
    hint: "write placeholders as {provider}; to show a brace as text, quote it: '{'",
  },
  EMPTY_ARGUMENT: { message: 'empty placeholder "{}"', hint: "write {provider}, or quote a brace shown as text: '{'" },
  MALFORMED_ARGUMENT: {
    message: 'malformed placeholder',
    hint: "a placeholder is a name in braces, exactly as in English, e.g. {provider}; to show a brace as text, quote it: '{'",
  },
  MISSING_OTHER_CLAUSE: {
    message: 'a plural or select has no "other" branch',
    hint: 'add other {…}: it is used for every value without a branch of its own',
  },
  UNMATCHED_CLOSING_TAG: {
    message: 'a closing tag does not match the opening tag',
    hint: "close tags in order, or quote a '<' shown as text",
  },
  UNCLOSED_TAG: { message: 'a tag is opened but never closed', hint: "add the closing tag, or quote a '<' shown as text: '<'" },
  INVALID_TAG: { message: 'malformed tag', hint: "quote a '<' shown as text: '<'" },
  INVALID_TAG_NAME: { message: 'malformed tag name', hint: "quote a '<' shown as text: '<'" },
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: { message: 'a plural has the same branch twice', hint: 'keep one branch per category' },
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: { message: 'a select has the same branch twice', hint: 'keep one branch per value' },
};

const describeIcuError = (kind: string) =>
  icuErrors[kind] ?? {
    message: `invalid ICU MessageFormat (${kind})`,
    hint: "compare with the English text: keep {…} placeholders as they are, and quote braces shown as text: '{'",
  };

export const icuSyntax = defineRule({
  name: 'icu-syntax',
  severity: 'error',
  description: 'The text is not valid ICU MessageFormat (unbalanced braces, a plural without other, …).',
  icuError: ({ error, where, at }, report) => {
    const { message, hint } = describeIcuError(error.kind);
    report(at(error.offset), `${where}: ${message}`, hint);
  },
});
