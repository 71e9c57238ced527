import { describe, expectTypeOf, it } from 'vitest';
import { en } from '../generated/locales/en.js';
import { type CompiledLocale, checkCatalogs, createStatusMessages as createCore, type LocaleCatalog } from '../src/core.js';
import {
  type Action,
  type Category,
  createStatusMessages,
  describeStatus,
  getErrorMessage,
  getStatusMessage,
  type Locale,
  negotiateLocale,
  type StatusCode,
  type StatusDescription,
  type StatusName,
  supportedLocales,
} from '../src/index.js';

describe('public types', () => {
  it('names the documented codes and statuses', () => {
    expectTypeOf<StatusCode>().toEqualTypeOf<100 | 201 | 202 | 203 | 205 | 206 | 300 | 301 | 302 | 303 | 304 | 305 | 400 | 401 | 402>();
    expectTypeOf<'in progress'>().toExtend<StatusName>();
    expectTypeOf<'in_progress'>().not.toExtend<StatusName>();
    expectTypeOf<Category>().toEqualTypeOf<'ok' | 'user_action' | 'provider_error' | 'internal_error' | 'unknown'>();
    expectTypeOf<'renew_certificate'>().toExtend<Action>();
  });

  it('types the shipped locales', () => {
    expectTypeOf(supportedLocales).toEqualTypeOf<readonly Locale[]>();
    expectTypeOf<'fr'>().toExtend<Locale>();
    expectTypeOf<'xx'>().not.toExtend<Locale>();
  });

  it('returns a string, or null only from getErrorMessage', () => {
    expectTypeOf(getStatusMessage(201)).toEqualTypeOf<string>();
    expectTypeOf(getErrorMessage(201, 'fr')).toEqualTypeOf<string | null>();
    expectTypeOf(describeStatus({ status: 'error', status_code: 302 })).toEqualTypeOf<StatusDescription>();
    expectTypeOf(describeStatus(201).actionLabel).toEqualTypeOf<string | null>();
    expectTypeOf(describeStatus(201).fallback).toEqualTypeOf<'none' | 'code' | 'category' | 'unknown'>();
  });

  it('accepts codes, numeric strings, connection objects and locale lists', () => {
    expectTypeOf(getStatusMessage).toBeCallableWith('201', ['fr-CA', 'en'], { reason: 'Bad Credentials', provider: 'ING' });
    expectTypeOf(getStatusMessage).toBeCallableWith({ status: 'in progress', status_code: null, status_reason: null });
    // @ts-expect-error a status code is not an object with arbitrary fields
    getStatusMessage({ code: 201 });
  });

  it('narrows negotiateLocale to the supported tags', () => {
    expectTypeOf(negotiateLocale('fr')).toEqualTypeOf<Locale>();
    expectTypeOf(negotiateLocale('fr', ['en', 'de'] as const, 'en')).toEqualTypeOf<'en' | 'de'>();
  });

  it('keys overrides by locale and entry', () => {
    expectTypeOf(createStatusMessages).toBeCallableWith({ overrides: { fr: { 'code.201.bad_credentials': { message: '…' } } } });
  });

  it('types a compiled locale module, and keeps the checks of run-time catalogs out of core', () => {
    expectTypeOf(en).toEqualTypeOf<CompiledLocale>();
    expectTypeOf(createCore).toBeCallableWith({ locales: [en, { locale: 'fr', entries: { unknown: { title: 'x', message: 'y' } } }] });
    // @ts-expect-error core has no overrides: check them with checkCatalogs
    createCore({ locales: [en], overrides: {} });
    expectTypeOf(checkCatalogs([en], { overrides: { fr: {} } })).toEqualTypeOf<LocaleCatalog[]>();
  });
});
