import { IntlMessageFormat } from 'intl-messageformat';
import { type Compile, compilePlain, type Text, type Values } from './format.js';

/**
 * Compiles an ICU MessageFormat string at run time with FormatJS' `intl-messageformat`, for catalogs given to
 * `createStatusMessages` (overrides, custom locales). Shipped locales are compiled at build time instead.
 * Throws, with FormatJS' description of the syntax error, when the message is not valid ICU.
 *
 * @example
 * ```ts
 * const text = compileMessage('Log in to {provider}', 'en');
 * typeof text === 'function' && text({ provider: 'ING' }); // 'Log in to ING'
 * ```
 */
export const compileMessage: Compile = (source: string, locale: string): Text => {
  const plain = compilePlain(source);
  if (plain !== undefined) return plain;
  const format = new IntlMessageFormat(source, locale);
  return (values: Values) => String(format.format<string>(values as unknown as Record<string, string>));
};
