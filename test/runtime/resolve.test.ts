import { describe, expect, it } from 'vitest';
import { candidates, metaOf, parseCode, parseInput, parseQuery, parseStatus } from '../../src/runtime/resolve.js';

const keys = (input: unknown, reason?: unknown) => candidates(parseQuery(input, reason)).map((c) => `${c.key}:${c.fallback}`);

describe('parseCode', () => {
  it.each([
    [201, 201],
    ['201', 201],
    [' 302 ', 302],
    [100, 100],
    [499, 499],
  ])('accepts %j as code %i', (input, code) => expect(parseCode(input)).toBe(code));

  it.each([0, 99, 500, 1000, -1, 201.5, Number.NaN, Number.POSITIVE_INFINITY, -0, '2O1', '201.0', '', 'abc', null, undefined, {}, [201]])(
    'refuses %j',
    (input) => expect(parseCode(input)).toBeNull(),
  );
  it('refuses a bigint', () => expect(parseCode(201n)).toBeNull());
});

describe('parseStatus', () => {
  it.each(['in progress', 'In Progress', 'in_progress', 'IN-PROGRESS'])('matches %j to "in progress"', (s) =>
    expect(parseStatus(s)).toBe('in progress'),
  );
  it.each(['done', '', 'constructor', '__proto__', 42])('refuses %j', (s) => expect(parseStatus(s)).toBeNull());
  it('refuses a bigint', () => expect(parseStatus(201n)).toBeNull());
});

describe('the key chain', () => {
  it('tries the reason entry, the code, its category, then unknown', () => {
    expect(keys(201, 'Bad Credentials')).toEqual([
      'code.201.bad_credentials:none',
      'code.201:code',
      'category.2xx:category',
      'unknown:unknown',
    ]);
  });

  it('uses the code entry as exact when no reason is given', () => {
    expect(keys(201)).toEqual(['code.201:none', 'category.2xx:category', 'unknown:unknown']);
  });

  it('treats the one documented reason of a code as the code itself', () => {
    expect(keys(302, 'Session Expired')).toEqual(['code.302:none', 'category.3xx:category', 'unknown:unknown']);
  });

  it.each([
    [207, 'category.2xx'],
    [306, 'category.3xx'],
    [499, 'category.4xx'],
    [150, 'category.1xx'],
  ])('falls back from unknown code %i to %s', (code, category) => {
    expect(keys(code)).toContain(`${category}:category`);
  });

  it.each([0, 99, 500, 1000, -1, 201.5, Number.NaN, 'abc', null, {}, undefined, []])('gives only unknown for %j', (input) => {
    expect(keys(input)).toEqual(['unknown:unknown']);
  });
});

describe('a connection object', () => {
  it('lets an error code win over the status', () => {
    expect(keys({ status: 'error', status_code: 302 })[0]).toBe('code.302:none');
    expect(keys({ status: 'finished', status_code: '205' })[0]).toBe('code.205:none');
  });

  it('uses the status over a 1xx code', () => {
    expect(keys({ status: 'in progress', status_code: 100 })[0]).toBe('status.in_progress:none');
  });

  it('uses the code when the status is missing or unknown', () => {
    expect(keys({ status: null, status_code: 100 })[0]).toBe('code.100:none');
    expect(keys({ status: 'paused', status_code: 100 })[0]).toBe('code.100:none');
  });

  it('uses the status when the code is not a code', () => {
    expect(keys({ status: 'maintenance', status_code: 999 })[0]).toBe('status.maintenance:none');
  });

  it('reads status_reason, and lets the reason option win over it', () => {
    expect(keys({ status_code: 201, status_reason: 'Account Blocked' })[0]).toBe('code.201.account_blocked:none');
    expect(keys({ status_code: 201, status_reason: 'Account Blocked' }, 'Password Expired')[0]).toBe('code.201.password_expired:none');
  });

  it('gives unknown when it holds nothing usable', () => {
    expect(keys({})).toEqual(['unknown:unknown']);
    expect(keys({ status: 'paused', status_code: 'abc' })).toEqual(['unknown:unknown']);
  });

  it('survives getters that throw', () => {
    const hostile = Object.defineProperty({}, 'status_code', {
      get() {
        throw new Error('boom');
      },
    });
    expect(keys(hostile)).toEqual(['unknown:unknown']);
  });
});

describe('parseInput', () => {
  it.each([
    [201, 'Bad Credentials', [201, 'Bad Credentials', null, 'code']],
    [{ status: 'In Progress', status_code: 100, status_reason: 'OK' }, undefined, [100, 'OK', 'in progress', 'status']],
    ['junk', '  ', [null, null, null, 'none']],
  ])('hands %j with the reason %j to its callback as code, reason, status and precedence', (input, reason, query) => {
    expect(parseInput(input, reason, (...args) => args)).toEqual(query);
  });
});

describe('metaOf', () => {
  it('takes the metadata of the first documented key, so an unknown 2xx code is a user action', () => {
    expect(metaOf(candidates(parseQuery(207))).category).toBe('user_action');
    expect(metaOf(candidates(parseQuery(201, 'whatever'))).action).toBe('update_credentials');
  });
});
