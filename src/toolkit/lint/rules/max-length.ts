import type { TextField } from '../../../runtime/format.js';
import { displayLength, placeholdersOf } from '../icu.js';
import { defaultLimits } from '../limits.js';
import { defineRule } from '../rule.js';

const limitedAs = (field: TextField): 'title' | 'label' | undefined =>
  field === 'title' || field === 'titleWithProvider' ? 'title' : field === 'label' ? 'label' : undefined;

export const maxLength = defineRule({
  name: 'max-length',
  severity: 'error',
  description: 'A title or button label is too long for a phone: over 40 / 24 user-perceived characters, in every locale.',
  text: ({ node, field, where, elements, isSource, limits, providerLength }, report) => {
    const kind = limitedAs(field);
    if (!kind) return;
    const limit = limits[kind] ?? defaultLimits[kind];
    const max = isSource ? limit.source : limit.translation;
    const length = displayLength(elements, providerLength);
    if (length <= max) return;
    report(
      node.start,
      `${where} is ${length} characters long, over the limit of ${max} for a ${kind === 'title' ? 'title' : 'button label'}${
        placeholdersOf(elements).length ? ` ({provider} counted as ${providerLength})` : ''
      }`,
      kind === 'title' ? 'shorten it: titles show on one line; the message can say more' : 'shorten it: labels fit in a button',
    );
  },
});
