/**
 * A single-page app that shows a connection status in the user's language and downloads only that language:
 * `loadLocale` picks the shipped locale for `navigator.languages` and fetches its chunk. English, the default locale
 * that every text falls back to, comes with the app.
 */
import { createStatusMessages } from 'connection-status-i18n/core';
import { loadLocale } from 'connection-status-i18n/load-locale';
import { en } from 'connection-status-i18n/locales/en';

// A chunk that fails to load (offline, an old deploy's file gone) leaves the page in English rather than empty.
const locale = await loadLocale(navigator.languages).catch(() => en);
const { describeStatus } = createStatusMessages({ locales: [en, locale] });

// What the API said about this connection; in an app, from its response.
const status = describeStatus(201, locale.locale, { reason: 'Bad Credentials', provider: 'ING' });

// From here on everything is synchronous. `textContent`, so that a provider name is never parsed as HTML.
const element = (tag: string, id: string, text: string) => Object.assign(document.createElement(tag), { id, textContent: text });
document.documentElement.lang = status.locale;
document.title = status.title;
document
  .querySelector('main')
  ?.replaceChildren(
    element('h1', 'title', status.title),
    element('p', 'message', status.message),
    ...(status.actionLabel === null ? [] : [element('button', 'action', status.actionLabel)]),
  );
