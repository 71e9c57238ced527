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
export * from './runtime/index.js';
