/**
 * `connection-status-i18n/core`: the resolution layer without any catalog or ICU parser. Bring the locales you
 * need from `connection-status-i18n/locales/<tag>` so that bundlers ship only those.
 *
 * @example
 * ```ts
 * import { createStatusMessages } from 'connection-status-i18n/core';
 * import { en } from 'connection-status-i18n/locales/en';
 * import { de } from 'connection-status-i18n/locales/de';
 *
 * const { getStatusMessage } = createStatusMessages({ locales: [en, de] });
 * getStatusMessage(205, 'de-AT');
 * ```
 */
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
