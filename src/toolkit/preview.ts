/**
 * A static HTML page for translators and reviewers: one row per key, one column per locale, each text rendered as
 * users will read it, with and without a provider name, and what needs work highlighted (missing, stale, broken
 * ICU). It renders the locale files as they are on disk, with the run-time ICU compiler, so a translator sees an
 * edit without a build. The page is self-contained: inline CSS, no script, no request (its CSP forbids them).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileMessage } from '../runtime/compile.js';
import { isProviderVariant, render, type TextField, textFields } from '../runtime/format.js';
import type { CatalogJson } from './exchange/exchange.js';
import { listLocaleFiles, readLocaleJson, writeFileAtomic } from './files.js';
import type { Io } from './io.js';
import { providersFor } from './sample-providers.js';
import { sourceHash } from './stale.js';
import { UsageError } from './usage-error.js';

/** A locale file as the preview reads it; `error` when it could not be read, so the page still shows the others. */
export interface PreviewLocale {
  readonly tag: string;
  readonly catalog?: CatalogJson;
  readonly error?: string;
}

export interface PreviewOptions {
  /**
   * One provider name to render the "with provider" texts with, in every locale. Default: three real names of each
   * locale's market (`sampleProviders`: one with the local word for bank, one that is no bank, an acronym).
   */
  readonly provider?: string;
  /** The locale of the source texts, first column. */
  readonly sourceLocale?: string;
}

/** How one key reads in one locale. */
export type CellState = 'ok' | 'missing' | 'stale' | 'error';

/** One rendered text of a cell; `error` is FormatJS' message when the ICU `source` does not compile. */
export interface RenderedText {
  readonly field: TextField;
  readonly text?: string;
  readonly error?: string;
  readonly source?: string;
}

export interface PreviewCell {
  readonly locale: string;
  readonly key: string;
  /** Every state that applies; empty when the translation is complete and current. */
  readonly states: readonly Exclude<CellState, 'ok'>[];
  /** English fields the locale lacks. */
  readonly missingFields: readonly TextField[];
  readonly plain: readonly RenderedText[];
  /** Rendered with each provider name; absent when no text of the key names the provider. */
  readonly withProvider?: readonly ProviderRendering[];
}

/** The texts of a cell as shown with one provider name. */
export interface ProviderRendering {
  readonly provider: string;
  readonly texts: readonly RenderedText[];
}

export interface PreviewRow {
  readonly key: string;
  readonly description: string;
  readonly cells: readonly PreviewCell[];
}

type Fields = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringField = (entry: Fields | undefined, field: string): string | undefined =>
  typeof entry?.[field] === 'string' ? (entry[field] as string) : undefined;
const baseFields = ['title', 'message', 'label'] as const;
const providerField = { title: 'titleWithProvider', message: 'messageWithProvider', label: undefined } as const;

const renderText = (source: string | undefined, field: TextField, locale: string, provider: string): RenderedText | undefined => {
  if (source === undefined) return undefined;
  try {
    return { field, text: render(compileMessage(source, locale), { provider }) };
  } catch (error) {
    return { field, error: (error as Error).message, source };
  }
};

/**
 * The preview's rows: one per key of the source catalog, one cell per locale. A translated key is stale when its
 * `sourceHash` is not the hash of the current English texts (see `stale.ts`).
 *
 * @example
 * ```ts
 * const rows = previewRows(en, [{ tag: 'en', catalog: en }, { tag: 'fr', catalog: fr }]);
 * rows[0].cells[1].plain[0].text; // 'Vos comptes sont à jour'
 * ```
 */
export const previewRows = (source: CatalogJson, locales: readonly PreviewLocale[], options: PreviewOptions = {}): PreviewRow[] => {
  const providersOf = (tag: string) => (options.provider === undefined ? providersFor(tag) : [options.provider]);
  const sourceLocale = options.sourceLocale ?? 'en';
  return Object.entries(source)
    .filter((pair): pair is [string, Fields] => pair[0] !== '$schema' && isObject(pair[1]))
    .map(([key, english]) => {
      const namesProvider = textFields.some((field) => field.endsWith('WithProvider') && stringField(english, field) !== undefined);
      const cells = locales.map(({ tag, catalog, error }): PreviewCell => {
        const entry = catalog && isObject(catalog[key]) ? catalog[key] : undefined;
        const missingFields = textFields.filter(
          (field) =>
            stringField(english, field) !== undefined &&
            stringField(entry, field) === undefined &&
            (entry === undefined || tag === sourceLocale || !isProviderVariant(field)),
        );
        const plain = baseFields.flatMap((field) => renderText(stringField(entry, field), field, tag, '') ?? []);
        // As the library shows it: the provider variant where the locale has one, else the generic text.
        const withProvider = namesProvider
          ? providersOf(tag).map((provider) => ({
              provider,
              texts: baseFields.flatMap((field) => {
                const variant = providerField[field];
                const own = variant === undefined ? undefined : renderText(stringField(entry, variant), variant, tag, provider);
                return own ?? renderText(stringField(entry, field), field, tag, provider) ?? [];
              }),
            }))
          : undefined;
        const rendered = [...plain, ...(withProvider ?? []).flatMap((rendering) => rendering.texts)];
        const broken = error !== undefined || rendered.some((text) => text.error !== undefined);
        const stale = entry !== undefined && tag !== sourceLocale && entry.sourceHash !== sourceHash(english);
        const states = [
          ...(entry === undefined || missingFields.length > 0 ? (['missing'] as const) : []),
          ...(stale ? (['stale'] as const) : []),
          ...(broken ? (['error'] as const) : []),
        ];
        return { locale: tag, key, states, missingFields, plain, ...(withProvider ? { withProvider } : {}) };
      });
      return { key, description: stringField(english, 'description') ?? '', cells };
    });
};

/**
 * Escapes text for HTML content and quoted attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"Tom" & Jerry\'s</b>'); // '&lt;b&gt;&quot;Tom&quot; &amp; Jerry&#39;s&lt;/b&gt;'
 * ```
 */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const languageName = (tag: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

const stateLabels: Readonly<Record<Exclude<CellState, 'ok'>, string>> = {
  missing: 'Missing: users see another language instead',
  stale: 'Stale: the English text changed after this translation; update or confirm it',
  error: 'Broken: the ICU message does not compile',
};

const styles = `
:root { color-scheme: light; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
body { margin: 0; }
header { padding: 16px 20px 8px; }
h1 { font-size: 20px; margin: 0 0 6px; }
.summary { margin: 0 0 8px; color: #59636e; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 20px; margin: 0; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 18px; height: 14px; border: 1px solid #d1d9e0; }
.table-wrap { overflow: auto; max-height: calc(100vh - 110px); border-top: 1px solid #d1d9e0; }
table { border-collapse: separate; border-spacing: 0; }
th, td { vertical-align: top; text-align: left; border-right: 1px solid #d1d9e0; border-bottom: 1px solid #d1d9e0; padding: 8px 10px; }
thead th { position: sticky; top: 0; z-index: 2; background: #f6f8fa; min-width: 240px; }
thead th.key-head { left: 0; z-index: 3; }
tbody th { position: sticky; left: 0; z-index: 1; background: #f6f8fa; width: 260px; min-width: 260px; font-weight: normal; }
th .tag { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-weight: 600; }
th .counts { display: block; font-weight: normal; color: #59636e; font-size: 12px; }
.key { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-weight: 600; word-break: break-all; }
.description { margin: 4px 0 0; color: #59636e; font-size: 12px; }
td { width: 260px; min-width: 240px; background: #fff; }
.variant + .variant { margin-top: 8px; padding-top: 8px; border-top: 1px dashed #d1d9e0; }
.variant-name { display: block; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #818b98; }
.title { font-weight: 600; margin: 2px 0; }
.message, .label { margin: 2px 0; }
.provider-name { background: #ddf4ff; border-radius: 3px; padding: 0 2px; }
.badges { margin: 0 0 6px; display: flex; gap: 4px; flex-wrap: wrap; }
.badge { font-size: 11px; font-weight: 600; border-radius: 10px; padding: 1px 8px; }
.same { color: #818b98; font-size: 12px; margin: 2px 0; }
.broken { color: #a40e26; font-family: ui-monospace, monospace; font-size: 12px; }
.missing { background: #ffebe9; box-shadow: inset 4px 0 0 #cf222e; }
.missing .badge-missing, .swatch.missing { background: #cf222e; color: #fff; }
.stale { background: #fff8c5; box-shadow: inset 4px 0 0 #bf8700; }
.stale .badge-stale, .swatch.stale { background: #bf8700; color: #fff; }
.missing.stale { background: linear-gradient(135deg, #ffebe9 50%, #fff8c5 50%); }
.error { outline: 2px solid #a40e26; outline-offset: -2px; }
.error .badge-error { background: #a40e26; color: #fff; }
.swatch.error { background: #fff; outline: 2px solid #a40e26; outline-offset: -3px; }
`;

const highlightProvider = (html: string, provider: string): string => {
  const name = escapeHtml(provider);
  return name === '' ? html : html.split(name).join(`<span class="provider-name">${name}</span>`);
};

const textHtml = (rendered: RenderedText, provider: string): string => {
  const kind = rendered.field.startsWith('title') ? 'title' : rendered.field.startsWith('message') ? 'message' : 'label';
  if (rendered.error !== undefined) {
    const detail = `${rendered.error} in ${rendered.field}: ${rendered.source ?? ''}`;
    return `<p class="${kind} broken" data-field="${rendered.field}">${escapeHtml(detail)}</p>`;
  }
  const html = escapeHtml(rendered.text ?? '');
  return `<p class="${kind}" dir="auto" data-field="${rendered.field}">${provider ? highlightProvider(html, provider) : html}</p>`;
};

const providerHtml = (cell: PreviewCell, { provider, texts }: ProviderRendering): string => {
  const same =
    texts.length === cell.plain.length && texts.every((text, index) => text.text !== undefined && text.text === cell.plain[index]?.text);
  return `<div class="variant with-provider" data-provider="${escapeHtml(provider)}"><span class="variant-name">With “${escapeHtml(provider)}”</span>${
    same ? '<p class="same">Same text: it does not name the provider.</p>' : texts.map((t) => textHtml(t, provider)).join('')
  }</div>`;
};

const cellHtml = (cell: PreviewCell, localeError: string | undefined): string => {
  const badges = cell.states
    .map((state) => {
      const detail = state === 'missing' && cell.missingFields.length > 0 ? ` (${cell.missingFields.join(', ')})` : '';
      return `<span class="badge badge-${state}" title="${escapeHtml(stateLabels[state])}">${state}${escapeHtml(detail)}</span>`;
    })
    .join('');
  const variants = [
    ...(cell.plain.length > 0
      ? [
          `<div class="variant plain"><span class="variant-name">Without provider</span>${cell.plain.map((t) => textHtml(t, '')).join('')}</div>`,
        ]
      : []),
    ...(cell.withProvider ?? []).map((rendering) => providerHtml(cell, rendering)),
  ];
  const body =
    localeError !== undefined
      ? `<p class="broken">${escapeHtml(localeError)}</p>`
      : variants.length > 0
        ? variants.join('')
        : '<p class="same">No translation yet.</p>';
  const classes = ['cell', ...cell.states].join(' ');
  return `<td class="${classes}" lang="${escapeHtml(cell.locale)}" data-locale="${escapeHtml(cell.locale)}" data-key="${escapeHtml(cell.key)}">${badges ? `<p class="badges">${badges}</p>` : ''}${body}</td>`;
};

/**
 * The preview page: a complete HTML document with inline CSS and no script, safe to open from disk or to attach
 * to a pull request. Every text from the catalogs is escaped.
 *
 * @example
 * ```ts
 * writeFileSync('preview.html', previewHtml(en, [{ tag: 'en', catalog: en }, { tag: 'fr', catalog: fr }]));
 * ```
 */
export const previewHtml = (source: CatalogJson, locales: readonly PreviewLocale[], options: PreviewOptions = {}): string => {
  const rows = previewRows(source, locales, options);
  const count = (locale: string, state: CellState) =>
    rows.filter((row) => row.cells.some((c) => c.locale === locale && c.states.includes(state as never))).length;
  const head = locales
    .map(({ tag, error }) => {
      const counts = [`${count(tag, 'missing')} missing`, `${count(tag, 'stale')} stale`, ...(error ? ['unreadable file'] : [])].join(
        ' · ',
      );
      return `<th scope="col" data-locale="${escapeHtml(tag)}"><span class="tag">${escapeHtml(tag)}</span> ${escapeHtml(languageName(tag))}<span class="counts">${escapeHtml(counts)}</span></th>`;
    })
    .join('');
  const body = rows
    .map((row) => {
      const cells = row.cells.map((cell, index) => cellHtml(cell, locales[index]?.error)).join('');
      return `<tr data-key="${escapeHtml(row.key)}"><th scope="row"><span class="key">${escapeHtml(row.key)}</span><p class="description">${escapeHtml(row.description)}</p></th>${cells}</tr>`;
    })
    .join('\n');
  const total = (state: CellState) =>
    rows.reduce((sum, row) => sum + row.cells.filter((cell) => cell.states.includes(state as never)).length, 0);
  const legend = (['missing', 'stale', 'error'] as const)
    .map((state) => `<li><span class="swatch ${state}"></span>${escapeHtml(stateLabels[state])}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Connection status messages: translation preview</title>
<style>${styles}</style>
</head>
<body>
<header>
<h1>Connection status messages: translation preview</h1>
<p class="summary">${rows.length} keys × ${locales.length} locales · ${total('missing')} missing · ${total('stale')} stale · ${total('error')} broken. Texts “with provider” are shown with ${
    options.provider === undefined
      ? 'three real names of each market: one with the local word for bank, one that is no bank, an acronym'
      : `the name “${escapeHtml(options.provider)}”`
  }.</p>
<ul class="legend">${legend}</ul>
</header>
<div class="table-wrap">
<table>
<thead><tr><th scope="col" class="key-head">Key and description</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
</body>
</html>
`;
};

/**
 * Reads every locale file of `dir` (`en.json` first), keeping a file that is not a valid JSON object as an error
 * column, so that one broken file does not hide the others.
 *
 * @example
 * ```ts
 * const locales = readPreviewLocales('locales'); // [{ tag: 'en', catalog: {…} }, { tag: 'bg', catalog: {…} }, …]
 * ```
 */
export const readPreviewLocales = (dir: string, sourceLocale = 'en'): PreviewLocale[] =>
  listLocaleFiles(dir, sourceLocale).locales.map(({ tag, file }): PreviewLocale => {
    try {
      return { tag, catalog: readLocaleJson(file).value };
    } catch (error) {
      return { tag, error: (error as Error).message };
    }
  });

/**
 * `preview [--out file.html] [--provider name] [dir]`: writes the preview page of the locale files in `dir`
 * (default: `locales`) to `--out`, or to standard output.
 *
 * @example
 * ```ts
 * previewCommand(['--out', 'preview.html'], io); // 0, "wrote preview.html: 44 keys × 25 locales, 0 missing, 0 stale"
 * ```
 */
export const previewCommand = (args: string[], io: Io): number => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, provider: { type: 'string' } },
  });
  if (positionals.length > 1) throw new UsageError(`expected at most one folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const dir = positionals[0] ?? 'locales';
  const locales = readPreviewLocales(dir);
  const source = locales[0]?.tag === 'en' ? locales[0].catalog : undefined;
  if (source === undefined) throw new Error(`${join(dir, 'en.json')}: the English source is missing or not valid JSON; run lint`);
  const options = values.provider === undefined ? {} : { provider: values.provider };
  const html = previewHtml(source, locales, options);
  if (values.out === undefined) {
    io.out(html.replace(/\n$/, ''));
    return 0;
  }
  writeFileAtomic(values.out, html);
  const cells = previewRows(source, locales, options).flatMap((row) => row.cells);
  const count = (state: CellState) => cells.filter((cell) => cell.states.includes(state as never)).length;
  io.out(
    `wrote ${values.out}: ${cells.length / locales.length} keys × ${locales.length} locales, ` +
      `${count('missing')} missing, ${count('stale')} stale, ${count('error')} broken`,
  );
  return 0;
};
