import { codeReasons, type StatusInput, statusCodes, statusNames } from '../../src/index.js';

/** Inputs that an adapter must resolve exactly like `getStatusMessage`: [name, input, reason]. */
export const statusInputs: [string, StatusInput, string | undefined][] = [
  ...statusNames.map((status): [string, StatusInput, undefined] => [`status ${status}`, { status }, undefined]),
  ...statusCodes.map((code): [string, StatusInput, undefined] => [`code ${code}`, code, undefined]),
  ...codeReasons[201].map((reason): [string, StatusInput, string] => [`code 201, reason ${reason}`, 201, reason]),
  ['code 201 with a reason added later', 201, 'Two Factor Locked'],
  ['code 201 with a reason holding key separators', 201, 'bad:credentials.x'],
  ['code "302" as a string', '302', undefined],
  ...[207, 306, 499, 150].map((code): [string, StatusInput, undefined] => [`unknown code ${code} (its category)`, code, undefined]),
  ...[0, 500, 'abc', null, {}].map((input): [string, StatusInput, undefined] => [
    `${JSON.stringify(input)} (unknown)`,
    input as StatusInput,
    undefined,
  ]),
  ['a connection whose error code beats its status', { status: 'finished', status_code: 302 }, undefined],
  ['a connection in progress with code 100', { status: 'in progress', status_code: 100 }, undefined],
  ['a connection with a reason', { status: 'error', status_code: 201, status_reason: 'ACCOUNT-BLOCKED' }, undefined],
];

/** Provider names that test trimming and ICU-looking characters. */
export const sampleProviders = [undefined, 'BNP Paribas', '  Crédit Agricole  ', "O'Brien {Bank} #1", "O''Brien"];
