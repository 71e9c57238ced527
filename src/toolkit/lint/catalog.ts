/**
 * Walks one locale file, calling the rules' hooks at each level: the JSON, the root object and its keys, each entry,
 * its fields, and each text before and after it is parsed as ICU. It walks only what it can, and stops where a
 * gate says so.
 */
import type { TextField } from '../../runtime/format.js';
import { type JsonNode, type JsonObject, JsonSyntaxError, parseJsonSource } from '../json-source.js';
import type { RunHooks } from './hooks.js';
import { parseIcu } from './icu.js';
import type { EntryContext, FileContext, StringContext } from './rule.js';
import { isTextField, lastMembers, type Source, type SourceEntry } from './source.js';

const parseJson = (text: string, file: FileContext, run: RunHooks): JsonNode | undefined => {
  try {
    return parseJsonSource(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    run('jsonError', { ...file, error });
    return undefined;
  }
};

/** The text fields a well-formed entry has: English's in a translation; in the source, by kind of key. */
const expectedFieldsOf = (isSource: boolean, key: string, english: SourceEntry | undefined): readonly TextField[] | undefined =>
  isSource ? (key.startsWith('action.') ? ['label'] : ['title', 'message']) : english ? [...english.texts.keys()] : undefined;

const lintText = (run: RunHooks, text: StringContext) => {
  if (run('string', text)) return;
  const parsed = parseIcu(text.node.value);
  if ('error' in parsed) run('icuError', { ...text, error: parsed.error });
  else run('text', { ...text, elements: parsed.elements });
};

const lintEntry = (run: RunHooks, entry: EntryContext) => {
  for (const [field, fieldMember] of entry.fields) {
    if (run('field', { ...entry, field, fieldMember })) continue;
    const node = fieldMember.value;
    // Only a text field holding a string is a text (a description is not; a number there is invalid-entry's).
    if (!isTextField(field) || node.type !== 'string') continue;
    lintText(run, {
      ...entry,
      field,
      node,
      where: `${entry.key}.${field}`,
      at: (offset) => node.offsets[Math.min(offset, node.offsets.length - 1)] ?? node.start,
    });
  }
  run('entry', entry);
};

/**
 * Lints one locale file's text. `keys` are the keys the source must hold (null: its own); `source` is the source
 * locale, undefined while linting the source itself or when it cannot be read. Returns the root object, or undefined
 * when the file cannot be walked.
 */
export const lintCatalog = (
  text: string,
  file: FileContext,
  run: RunHooks,
  keys: readonly string[] | null,
  source: Source | undefined,
): JsonObject | undefined => {
  const root = parseJson(text, file, run);
  if (!root || run('root', { ...file, root }) || root.type !== 'object') return undefined;
  run('object', { ...file, object: root, key: undefined });
  const members = lastMembers(root);
  members.delete('$schema');
  const expectedKeys = file.isSource ? keys : source ? [...source.keys()] : null;
  run('catalog', { ...file, root, members, expectedKeys, source });
  for (const [key, member] of members) {
    const entry = member.value;
    if (entry.type !== 'object') continue;
    run('object', { ...file, object: entry, key });
    const english = source?.get(key);
    lintEntry(run, {
      ...file,
      key,
      member,
      fields: lastMembers(entry),
      english,
      expectedFields: expectedFieldsOf(file.isSource, key, english),
    });
  }
  return root;
};
