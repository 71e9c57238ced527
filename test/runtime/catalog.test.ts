import { describe, expect, it } from 'vitest';
import {
  actionKeys,
  actions,
  catalogKeys,
  codeReasons,
  messageMeta,
  statusCodes,
  statusNames,
  toKeySegment,
} from '../../src/runtime/catalog.js';

describe('the catalog of the spec', () => {
  it('lists the ten statuses of the API', () => {
    expect(statusNames).toEqual([
      'finished',
      'pending',
      'in progress',
      'in background progress',
      'waiting user',
      'cancelled',
      'error',
      'maintenance',
      'scheduled',
      'unavailable',
    ]);
  });

  it('lists every documented code, in four categories', () => {
    expect(statusCodes).toEqual([100, 201, 202, 203, 205, 206, 300, 301, 302, 303, 304, 305, 400, 401, 402]);
  });

  it('gives code 201 three reasons, each with its own key', () => {
    expect(codeReasons[201]).toEqual(['Bad Credentials', 'Account Blocked', 'Password Expired']);
    expect(catalogKeys).toEqual(
      expect.arrayContaining(['code.201.bad_credentials', 'code.201.account_blocked', 'code.201.password_expired']),
    );
  });

  it('keeps 206 (user certificate) and 305 (provider certificate) apart although they share a reason', () => {
    expect([codeReasons[206], codeReasons[305]]).toEqual([['Certificate Error'], ['Certificate Error']]);
    expect(messageMeta.get('code.206')?.category).toBe('user_action');
    expect(messageMeta.get('code.305')?.category).toBe('provider_error');
  });

  it('describes every message key of a catalog, in catalog order, and nothing else', () => {
    expect([...messageMeta.keys()]).toEqual(catalogKeys.filter((key) => !key.startsWith('action.')));
  });

  it('has a fallback per category and one unknown entry', () => {
    for (const key of ['category.1xx', 'category.2xx', 'category.3xx', 'category.4xx', 'unknown']) expect(messageMeta.has(key)).toBe(true);
  });

  it('has a button label key for every action but none', () => {
    expect(actions).toContain('none');
    expect(actionKeys).toEqual([
      'action.wait',
      'action.retry_later',
      'action.update_credentials',
      'action.change_password',
      'action.unblock_account',
      'action.act_on_provider_website',
      'action.upgrade_contract',
      'action.authenticate',
      'action.renew_certificate',
      'action.contact_support',
    ]);
  });

  it.each([
    ['code.100', 'ok', 'none', 'success', false, false],
    ['code.201.bad_credentials', 'user_action', 'update_credentials', 'error', false, true],
    ['code.201.account_blocked', 'user_action', 'unblock_account', 'error', false, true],
    ['code.201.password_expired', 'user_action', 'change_password', 'error', false, true],
    ['code.202', 'user_action', 'act_on_provider_website', 'warning', false, true],
    ['code.203', 'user_action', 'upgrade_contract', 'error', false, true],
    ['code.205', 'user_action', 'authenticate', 'warning', false, true],
    ['code.206', 'user_action', 'renew_certificate', 'error', false, true],
    ['code.300', 'provider_error', 'retry_later', 'warning', true, false],
    ['code.303', 'provider_error', 'contact_support', 'error', false, false],
    ['code.305', 'provider_error', 'retry_later', 'warning', true, false],
    ['code.400', 'internal_error', 'retry_later', 'error', true, false],
    ['status.in_progress', 'ok', 'wait', 'info', false, false],
    ['status.waiting_user', 'user_action', 'authenticate', 'warning', false, true],
    ['status.maintenance', 'provider_error', 'retry_later', 'warning', true, false],
    ['unknown', 'unknown', 'retry_later', 'error', true, false],
  ] as const)('describes %s as %s, action %s, severity %s', (key, category, action, severity, retryable, userActionRequired) => {
    expect(messageMeta.get(key)).toEqual({ category, action, severity, retryable, userActionRequired });
  });

  it('makes every 2xx require the user and no 1xx or 3xx/4xx require them', () => {
    const codeKeys = [...messageMeta.keys()].filter((key) => key.startsWith('code.'));
    // The 15 documented codes and the 3 reasons of code 201.
    expect(codeKeys).toHaveLength(18);
    for (const key of codeKeys) expect(messageMeta.get(key)?.userActionRequired, key).toBe(key.startsWith('code.2'));
  });

  it.each([
    ['Bad Credentials', 'bad_credentials'],
    ['bad_credentials', 'bad_credentials'],
    ['BAD-CREDENTIALS', 'bad_credentials'],
    ['  Bad   Credentials ', 'bad_credentials'],
  ])('turns the reason %j into the key segment %s', (reason, segment) => {
    expect(toKeySegment(reason)).toBe(segment);
  });
});
