/**
 * `export` and `import` on copies of the shipped locale files: a round trip changes nothing, a translation changes
 * only its own lines, and a refused file leaves every file as it was.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ExchangeDocument, exchangeDocument } from '../../../src/toolkit/exchange/exchange.js';
import { fromPo, toPo } from '../../../src/toolkit/exchange/po.js';
import { fromXliff, toXliff } from '../../../src/toolkit/exchange/xliff.js';
import { sourceHash } from '../../../src/toolkit/stale.js';
import { runCli } from '../../support/cli.js';

const shippedDir = new URL('../../../locales/', import.meta.url).pathname;
const tags = readdirSync(shippedDir)
  .filter((f) => /^[a-z]{2,3}(-\w+)*\.json$/.test(f) && f !== 'en.json')
  .map((f) => f.slice(0, -5));
const formats = [
  { format: 'xliff', extension: 'xlf', write: toXliff, read: fromXliff },
  { format: 'po', extension: 'po', write: toPo, read: fromPo },
] as const;

const temps: string[] = [];
afterAll(() => {
  for (const temp of temps) rmSync(temp, { recursive: true, force: true });
});
/** A fresh copy of the shipped locales, in `<temp>/locales`, beside a `<temp>/work` folder for exchanged files. */
const workspace = () => {
  const root = mkdtempSync(join(tmpdir(), 'csi-exchange-'));
  temps.push(root);
  cpSync(shippedDir, join(root, 'locales'), { recursive: true });
  mkdirSync(join(root, 'work'));
  return { root, locales: join(root, 'locales'), file: (name: string) => join(root, 'work', name) };
};
/** Every file under `dir`, with its bytes, to show that nothing was written. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const),
  );
const run = runCli;
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return b.filter((line, index) => line !== a[index]);
};
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe.each(formats)('export --format $format, then import', ({ format, extension, write, read }) => {
  it.each(tags)('leaves locales/%s.json byte for byte identical when nothing was translated', async (tag) => {
    const ws = workspace();
    const before = snapshot(ws.root);
    const exported = await run('export', '--format', format, '--locale', tag, '--out', ws.file(`${tag}.${extension}`), ws.locales);
    expect(exported).toMatchObject({ code: 0, err: '' });
    const imported = await run('import', ws.file(`${tag}.${extension}`), ws.locales);
    expect(imported).toEqual({ code: 0, out: `${join(ws.locales, `${tag}.json`)}: no changes`, err: '' });
    const after = snapshot(ws.root);
    delete after[`work/${tag}.${extension}`];
    expect(after).toEqual(before);
  });

  /** Exports `tag`, changes the target of `id` in the exported file, imports it; returns the JSON before and after. */
  const translate = async (tag: string, id: string, target: string, prepare?: (locales: string) => void) => {
    const ws = workspace();
    prepare?.(ws.locales);
    const file = ws.file(`${tag}.${extension}`);
    await run('export', '--format', format, '--locale', tag, '--out', file, ws.locales);
    const doc = await read(readFileSync(file, 'utf8'));
    expect(doc.units.some((unit) => unit.id === id)).toBe(true);
    writeFileSync(file, await write({ ...doc, units: doc.units.map((unit) => (unit.id === id ? { ...unit, target } : unit)) }));
    const before = readFileSync(join(ws.locales, `${tag}.json`), 'utf8');
    const result = await run('import', file, ws.locales);
    return { result, before, after: readFileSync(join(ws.locales, `${tag}.json`), 'utf8'), ws };
  };

  it('changes only the translated field when the key is current', async () => {
    const { result, before, after } = await translate('fr', 'code.201.bad_credentials:title', 'Identifiants « refusés »');
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/fr.json: 1 text updated, 0 stale keys confirmed$/) });
    expect(changedLines(before, after)).toEqual(['    "title": "Identifiants « refusés »",']);
    expect(JSON.parse(after)['code.201.bad_credentials'].title).toBe('Identifiants « refusés »');
  });

  it('changes the translated field and the sourceHash when the key was stale', async () => {
    const key = 'code.302';
    const { result, before, after, ws } = await translate('de', `${key}:message`, 'Neuer Text.', (locales) => {
      const de = readJson(join(locales, 'de.json'));
      de[key].sourceHash = '00000000';
      writeFileSync(join(locales, 'de.json'), `${JSON.stringify(de, null, 2)}\n`);
    });
    expect(result.code).toBe(0);
    const hash = sourceHash(readJson(join(ws.locales, 'en.json'))[key]);
    expect(changedLines(before, after)).toEqual(['    "message": "Neuer Text.",', `    "sourceHash": "${hash}"`]);
  });

  it.each([
    [
      'placeholders that differ',
      'code.302:messageWithProvider',
      'Chez {banque}.',
      /unit "code.302:messageWithProvider": the translation has \{banque\} where the English source has \{provider\}/,
    ],
    [
      'a lost placeholder',
      'status.finished:messageWithProvider',
      'Mis à jour.',
      /has no placeholder where the English source has \{provider\}/,
    ],
    ['invalid ICU', 'code.100:title', 'À jour {', /unit "code.100:title": the translation is not valid ICU MessageFormat/],
  ])('refuses %s and writes nothing', async (_, id, target, message) => {
    const ws = workspace();
    const before = snapshot(ws.locales);
    const file = ws.file(`fr.${extension}`);
    await run('export', '--format', format, '--locale', 'fr', '--out', file, ws.locales);
    const doc = await read(readFileSync(file, 'utf8'));
    const good = doc.units.find((unit) => unit.id === 'code.201:title');
    // A good change beside the bad one must not be written either.
    const units = doc.units.map((unit) => (unit.id === id ? { ...unit, target } : unit === good ? { ...unit, target: 'Changé' } : unit));
    writeFileSync(file, await write({ ...doc, units }));
    const result = await run('import', file, ws.locales);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/refused \(1 problem\); nothing was written$/);
    expect(snapshot(ws.locales)).toEqual(before);
  });

  const refusedDocuments: [string, (doc: ExchangeDocument) => ExchangeDocument, RegExp][] = [
    [
      'unknown keys',
      (doc) => ({ ...doc, units: [...doc.units, { id: 'code.999.typo:title', source: 'x', target: 'y', notes: [], stale: false }] }),
      /unit "code.999.typo:title": unknown key "code.999.typo"/,
    ],
    [
      'a locale tag that is a path',
      (doc) => ({ ...doc, locale: '../../etc/passwd' }),
      /locale tag "..\/..\/etc\/passwd" is not a locale tag/,
    ],
    ['the source locale', (doc) => ({ ...doc, locale: 'en' }), /the file's locale is "en", the source locale/],
    ['a locale without a file', (doc) => ({ ...doc, locale: 'fr-CA' }), /fr-CA.json does not exist: pass --create/],
  ];
  it.each(refusedDocuments)('refuses a file with %s and writes nothing', async (_, change, message) => {
    const ws = workspace();
    const before = snapshot(ws.root);
    const en = readJson(join(ws.locales, 'en.json'));
    const file = ws.file(`fr.${extension}`);
    writeFileSync(file, await write(change(exchangeDocument(en, readJson(join(ws.locales, 'fr.json')), 'fr'))));
    const result = await run('import', file, ws.locales);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/nothing was written$/);
    const after = snapshot(ws.root);
    delete after[`work/fr.${extension}`];
    expect(after).toEqual(before);
  });

  it('starts a new locale with --create, in the stable layout', async () => {
    const ws = workspace();
    const file = ws.file(`ja.${extension}`);
    const exported = await run('export', '--format', format, '--locale', 'ja', '--out', file, ws.locales);
    expect(exported.err).toMatch(/ja.json does not exist yet: every unit is exported untranslated/);
    expect(exported.out).toMatch(/: 106 units for ja, 106 untranslated, 0 stale$/);
    const doc = await read(readFileSync(file, 'utf8'));
    writeFileSync(
      file,
      await write({ ...doc, units: doc.units.map((u) => (u.id === 'action.retry_later:label' ? { ...u, target: '再試行' } : u)) }),
    );
    expect((await run('import', file, ws.locales)).code).toBe(1);
    expect(await run('import', file, '--create', ws.locales)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/ja.json: created, 1 text updated/),
    });
    const hash = sourceHash(readJson(join(ws.locales, 'en.json'))['action.retry_later']);
    expect(readFileSync(join(ws.locales, 'ja.json'), 'utf8')).toBe(
      `{\n  "$schema": "./schema.json",\n  "action.retry_later": {\n    "label": "再試行",\n    "sourceHash": "${hash}"\n  }\n}\n`,
    );
  });
});

describe('export and import on the command line', () => {
  it('writes the export to standard output without --out', async () => {
    const result = await run('export', '--format', 'po', '--locale', 'fr', shippedDir);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^msgid ""\nmsgstr ""\n"Project-Id-Version: connection-status-i18n\\n"\n"Language: fr\\n"/);
    expect(fromPo(result.out).units).toHaveLength(106);
  });

  it('tells the format of a file without extension from its content', async () => {
    const ws = workspace();
    const file = ws.file('download');
    await run('export', '--format', 'xliff', '--locale', 'sv', '--out', file, ws.locales);
    expect(await run('import', file, ws.locales)).toMatchObject({ code: 0, out: expect.stringMatching(/sv.json: no changes$/) });
  });

  it('points at the line and column of a locale file that is not valid JSON', async () => {
    const ws = workspace();
    writeFileSync(join(ws.locales, 'fr.json'), '{\n  "code.100": {\n    "title": "OK",\n  }\n}\n');
    const result = await run('export', '--format', 'po', '--locale', 'fr', ws.locales);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/fr.json:4:3: .*comma/);
  });

  it('refuses a file that is not a translation file, naming it', async () => {
    const ws = workspace();
    writeFileSync(ws.file('fr.po'), 'this is not gettext\n');
    const result = await run('import', ws.file('fr.po'), ws.locales);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/fr.po: not a readable PO file/);
  });

  it.each([
    [['export', '--locale', 'fr'], /give --format xliff \(XLIFF 2.0\) or --format po \(gettext\)/],
    [['export', '--format', 'xlf', '--locale', 'fr'], /got "xlf"/],
    [['export', '--format', 'po'], /give the locale to export with --locale/],
    [['export', '--format', 'po', '--locale', 'en'], /"en" is the source locale/],
    [['export', '--format', 'po', '--locale', '../../etc/passwd'], /--locale "..\/..\/etc\/passwd" is not a BCP 47 tag/],
    [['export', '--format', 'po', '--locale', 'fr', 'a', 'b'], /at most one folder/],
    [['import'], /give the translated file to import/],
  ])('refuses %j with a usage error', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('refuses, with a usage error, a file whose format it cannot tell', async () => {
    const ws = workspace();
    writeFileSync(ws.file('fr.json'), '{}');
    const result = await run('import', ws.file('fr.json'), ws.locales);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/cannot tell the format of .*fr.json: name it .xlf/);
  });
});

describe('the built CLI (npm run build)', () => {
  const cli = new URL('../../../dist/cli.js', import.meta.url).pathname;

  it.each(formats)('exports and imports $format, loading its parser bundle', ({ format, extension }) => {
    expect(existsSync(cli), 'dist/cli.js is missing: run `npm run build`').toBe(true);
    const ws = workspace();
    const file = ws.file(`it.${extension}`);
    const node = (...argv: string[]) => execFileSync(process.execPath, [cli, ...argv], { encoding: 'utf8' }).trim();
    expect(node('export', '--format', format, '--locale', 'it', '--out', file, ws.locales)).toMatch(/106 units for it/);
    expect(node('import', file, ws.locales)).toBe(`${join(ws.locales, 'it.json')}: no changes`);
  });
});
