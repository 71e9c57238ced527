/** The run-time layer's public API, exported by both entries: `core` as it is, the main entry with its batteries. */
export {
  type Action,
  actions,
  type Category,
  catalogKeys,
  categories,
  codeReasons,
  type Meta,
  type Severity,
  type StatusCode,
  type StatusName,
  statusCodes,
  statusNames,
} from './catalog.js';
export { type CatalogError, type CheckOptions, checkCatalogs, type Overrides } from './check.js';
export type { Compile, Entry, EntrySource, LocaleCatalog, Text, TextField, Values } from './format.js';
export {
  type CoreOptions,
  createStatusMessages,
  type FallbackEvent,
  type LocaleInput,
  type MessageOptions,
  type StatusDescription,
  type StatusInput,
  type StatusMessages,
} from './instance.js';
export type { CompiledLocale, PackedRow } from './packed-locale.js';
export type { Connection, Fallback } from './resolve.js';
