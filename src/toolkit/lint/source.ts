/** The source locale (`en.json`) as translations are compared with it. */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { type TextField, textFields } from '../../runtime/format.js';
import type { JsonMember, JsonObject } from '../json-source.js';
import { sourceHash } from '../stale.js';
import { parseIcu } from './icu.js';

/** One English entry. */
export interface SourceEntry {
  readonly texts: ReadonlyMap<TextField, string>;
  /** The parsed texts; absent for a text with an ICU error (reported in en.json itself). */
  readonly parsed: ReadonlyMap<TextField, MessageFormatElement[]>;
  readonly hash: string;
}
export type Source = ReadonlyMap<string, SourceEntry>;

export const isTextField = (field: string): field is TextField => (textFields as readonly string[]).includes(field);

/** The last member of each key: the one `JSON.parse` keeps. */
export const lastMembers = (object: JsonObject): Map<string, JsonMember> => new Map(object.members.map((member) => [member.key, member]));

/** The English entries of a linted source file, for comparing translations with them. */
export const sourceOf = (root: JsonObject): Source => {
  const source = new Map<string, SourceEntry>();
  for (const [key, member] of lastMembers(root)) {
    if (key === '$schema' || member.value.type !== 'object') continue;
    const texts = new Map<TextField, string>();
    const parsed = new Map<TextField, MessageFormatElement[]>();
    for (const [field, value] of lastMembers(member.value)) {
      if (!isTextField(field) || value.value.type !== 'string') continue;
      texts.set(field, value.value.value);
      const result = parseIcu(value.value.value);
      // A broken text is reported while linting the source; translations are not compared with it.
      if ('elements' in result) parsed.set(field, result.elements);
    }
    source.set(key, { texts, parsed, hash: sourceHash(Object.fromEntries(texts)) });
  }
  return source;
};
