/**
 * What a lint rule is, as in ESLint: one file in `rules/` with its name, default severity and description, and its
 * checks as hooks that the engine calls while it walks a folder of locale files, each with a context (what the rule
 * needs at that moment) and a `report` of the rule's own. The engine walks only what it can (a file that parses as
 * JSON, an object root, object entries, texts that are strings, valid ICU); a gate (`root`, `field`, `string`)
 * returns true to keep what it was given from being checked further: a blank text is not parsed, an invalid or extra
 * field is not linted as a text. Hooks run in the order of the registry (`rules/index.ts`); a gate that returns true
 * also stops the gates after it.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { TextField } from '../../runtime/format.js';
import type { JsonMember, JsonNode, JsonObject, JsonString, JsonSyntaxError } from '../json-source.js';
import type { IcuError } from './icu.js';
import type { LengthLimits } from './limits.js';
import type { Source, SourceEntry } from './source.js';

export type ProblemSeverity = 'error' | 'warning';

/** Reports a problem of the rule at `offset` in the file's text; `severity` replaces the rule's default one. */
export type Report = (offset: number, message: string, hint: string, severity?: ProblemSeverity) => void;

/** A `.json` file of the folder whose name is not a locale tag, so it is not linted. */
export interface OtherFileContext {
  readonly file: string;
  readonly name: string;
  /** The file name with the tag written as a tag, e.g. `fr-FR.json` for `fr_FR.json`. */
  readonly suggestion?: string;
}

/** Whether the folder's source locale file could be read; `file` is where it is, or would be. */
export interface SourceFileContext {
  readonly dir: string;
  readonly sourceTag: string;
  readonly file: string;
  readonly state: 'read' | 'unreadable' | 'absent';
}

/** One locale file being linted. */
export interface FileContext {
  readonly file: string;
  readonly tag: string;
  readonly sourceTag: string;
  readonly isSource: boolean;
  readonly lineOf: (offset: number) => number;
  readonly limits: LengthLimits;
  /** How many characters `{provider}` counts for in a length. */
  readonly providerLength: number;
}

export interface BytesContext extends FileContext {
  readonly bytes: Uint8Array;
  /** The bytes decoded as UTF-8, without a byte order mark: the text every offset is in. */
  readonly text: string;
}

export interface JsonErrorContext extends FileContext {
  readonly error: JsonSyntaxError;
}

export interface RootContext extends FileContext {
  readonly root: JsonNode;
}

/** An object of the file: the root (`key` undefined), or the entry of `key`. */
export interface ObjectContext extends FileContext {
  readonly object: JsonObject;
  readonly key: string | undefined;
}

export interface CatalogContext extends FileContext {
  readonly root: JsonObject;
  /** The last member of each key (the one `JSON.parse` keeps), `$schema` left out. */
  readonly members: ReadonlyMap<string, JsonMember>;
  /** The keys the file must hold: the catalog's in the source, the source's in a translation; null: not checked. */
  readonly expectedKeys: readonly string[] | null;
  /** The English entries; undefined in the source itself, or when the source cannot be read. */
  readonly source: Source | undefined;
}

/** An entry of the file that is an object. */
export interface EntryContext extends FileContext {
  readonly key: string;
  /** The entry's member of the root, whose key is where an entry-wide problem is reported. */
  readonly member: JsonMember;
  /** The last member of each field. */
  readonly fields: ReadonlyMap<string, JsonMember>;
  /** The English entry of the same key; undefined in the source, or when English has no such key. */
  readonly english: SourceEntry | undefined;
  /** The text fields a well-formed entry has: English's in translations, by kind of key in the source. */
  readonly expectedFields: readonly TextField[] | undefined;
}

export interface FieldContext extends EntryContext {
  readonly field: string;
  readonly fieldMember: JsonMember;
}

/** A text field whose value is a string. */
export interface StringContext extends EntryContext {
  readonly field: TextField;
  readonly node: JsonString;
  /** `key.field`, as messages name the text. */
  readonly where: string;
  /** The offset in the file of an offset in the text. */
  readonly at: (offset: number) => number;
}

export interface IcuErrorContext extends StringContext {
  readonly error: IcuError;
}

/** A text that is valid ICU MessageFormat. */
export interface TextContext extends StringContext {
  readonly elements: readonly MessageFormatElement[];
}

/** A check: reports what it finds in `context`. */
export type Check<C> = (context: C, report: Report) => void;
/** A check that returns true to keep what it was given from being checked further. */
export type Gate<C> = (context: C, report: Report) => boolean;

/** The hooks, in the order the engine calls them: a folder's misnamed files, then each locale file, the source first. */
export interface RuleHooks {
  /** A `.json` file not named after a locale tag. */
  readonly otherFile?: Check<OtherFileContext>;
  /** A locale file's bytes. */
  readonly file?: Check<BytesContext>;
  /** A file that is not JSON; nothing else of it is checked. */
  readonly jsonError?: Check<JsonErrorContext>;
  /** The JSON value of the file; it is walked further only when it is an object. */
  readonly root?: Gate<RootContext>;
  /** The root object, then each entry that is an object. */
  readonly object?: Check<ObjectContext>;
  /** The keys of the file. */
  readonly catalog?: Check<CatalogContext>;
  /** Each field of an entry; a text field that passes every gate and is a string is linted as a text. */
  readonly field?: Gate<FieldContext>;
  /** A text, before it is parsed as ICU. */
  readonly string?: Gate<StringContext>;
  /** A text that is not valid ICU; the rules on parsed texts skip it. */
  readonly icuError?: Check<IcuErrorContext>;
  /** A text that is valid ICU. */
  readonly text?: Check<TextContext>;
  /** An entry, after its fields. */
  readonly entry?: Check<EntryContext>;
  /** The source locale file, after it is linted (or found absent). */
  readonly sourceFile?: Check<SourceFileContext>;
}

export interface Rule extends RuleHooks {
  readonly name: string;
  /** The default severity. */
  readonly severity: ProblemSeverity;
  readonly description: string;
}

/** Declares a rule, keeping its name, severity and description as literal types (for `RuleName` and `lintRules`). */
export const defineRule = <const R extends Rule>(rule: R): R => rule;
