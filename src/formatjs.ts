/**
 * `connection-status-i18n/formatjs`: the catalog as FormatJS messages, and `formatStatus`, which follows this
 * package's fallback order on a `createIntl` or react-intl instance.
 */
export * from './adapters/formatjs.js';
