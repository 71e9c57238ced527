/**
 * `connection-status-i18n/i18next`: the catalog as i18next resources, and `translateStatus`, which follows this
 * package's fallback order on an i18next instance.
 */
export * from './adapters/i18next.js';
