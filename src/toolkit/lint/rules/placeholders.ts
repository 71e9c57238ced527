import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { closest } from '../closest.js';
import { type Placeholder, placeholdersOf } from '../icu.js';
import { quoteText } from '../quote.js';
import { defineRule, type Report, type TextContext } from '../rule.js';

/** In the source, the placeholders are checked against what the app passes: {provider}, in the provider variants only. */
const checkSource = ({ field, node, where, at }: TextContext, report: Report, found: readonly Placeholder[]) => {
  for (const placeholder of found) {
    if (placeholder.name !== '{provider}') {
      report(
        at(placeholder.offset),
        `${where}: unknown placeholder ${placeholder.name}; the app only passes {provider}`,
        "use {provider}, or quote braces shown as text: '{'",
      );
    }
  }
  const provider = found.find((placeholder) => placeholder.name === '{provider}');
  if (field.endsWith('WithProvider') && !provider) {
    report(node.start, `${where} does not name {provider}`, `${field} is shown when the bank's name is known: include {provider}`);
  }
  if (!field.endsWith('WithProvider') && provider) {
    report(
      at(provider.offset),
      `${where} uses {provider}, but ${field} is shown when the bank's name is unknown`,
      `say "your bank" here, and put the text with {provider} in ${field}WithProvider`,
    );
  }
};

/** In a translation, the placeholders are the English text's: none missing, added or renamed. */
const checkTranslation = (
  { field, node, where, at, english }: TextContext,
  report: Report,
  found: readonly Placeholder[],
  expected: readonly MessageFormatElement[],
) => {
  const expectedNames = new Set(placeholdersOf(expected).map((placeholder) => placeholder.name));
  const missingNames = [...expectedNames].filter((name) => !found.some((placeholder) => placeholder.name === name));
  const renamed = new Set<string>();
  for (const placeholder of found) {
    if (expectedNames.has(placeholder.name)) continue;
    // One unknown name where one is missing is a renamed (often translated) placeholder, however different.
    const suggestion = closest(placeholder.name, expectedNames) ?? (missingNames.length === 1 ? missingNames[0] : undefined);
    if (suggestion) renamed.add(suggestion);
    report(
      at(placeholder.offset),
      `${where}: placeholder ${placeholder.name} is not in the English text${expectedNames.size ? ` (which has ${[...expectedNames].join(', ')})` : ''}`,
      suggestion
        ? `placeholders are not translated: write ${suggestion} exactly as in English`
        : `remove it; the English text has ${expectedNames.size ? [...expectedNames].join(', ') : 'no placeholder'}`,
    );
  }
  for (const name of missingNames.filter((missing) => !renamed.has(missing))) {
    report(
      node.start,
      `${where}: placeholder ${name} is missing`,
      `the English text ${quoteText(english?.texts.get(field) ?? '')} has ${name}: keep it, exactly as written, where it fits the sentence`,
    );
  }
};

export const placeholders = defineRule({
  name: 'placeholders',
  severity: 'error',
  description: 'Placeholders such as {provider} differ from the English source (missing, added, renamed).',
  text: (context, report) => {
    const found = placeholdersOf(context.elements);
    if (context.isSource) {
      checkSource(context, report, found);
      return;
    }
    const expected = context.english?.parsed.get(context.field);
    if (expected) checkTranslation(context, report, found, expected);
  },
});
