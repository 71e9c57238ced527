/**
 * Negotiation in `npm run bench` (issue 5: negotiation is not the slowest step of a request). A server calls
 * `negotiateLocale` on every request; here it is measured against `negotiator` (what Express and Koa use) and
 * FormatJS' best-fit `match` given the same tags already parsed, in the same run, for three headers: one seen before,
 * a new one each call, and 16 KB of junk. Each sample makes a batch of calls, so a figure is what a call itself costs.
 */
import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { Bench } from 'tinybench';
import { printTable } from '../scripts/print-table.js';

export interface NegotiationBenchOptions {
  /** The main entry's `negotiateLocale`, with the shipped locales. */
  readonly negotiateLocale: (acceptLanguage: unknown) => string;
  readonly supported: readonly string[];
  /** tinybench's time per task, in ms. */
  readonly taskTime: number;
  /** How many times every task runs; each keeps its best round. */
  readonly rounds: number;
}

// Headers as browsers send them, each one's tags in order of weight.
const typicalHeaders = [
  'fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5',
  'en-US,en;q=0.9',
  'de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7',
  'pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7',
  'nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6,en;q=0.5',
];
// Languages users ask for, with the regions they come with: the shipped ones and others.
const regionsByLanguage: Readonly<Record<string, readonly string[]>> = {
  en: ['US', 'GB', 'AU', 'CA', 'IE', 'IN', 'NZ', 'ZA'],
  fr: ['FR', 'CA', 'BE', 'CH', 'LU'],
  de: ['DE', 'AT', 'CH', 'LU'],
  es: ['ES', 'MX', '419', 'AR', 'CO', 'US'],
  pt: ['BR', 'PT'],
  it: ['IT', 'CH'],
  nl: ['NL', 'BE'],
  nb: ['NO'],
  no: [],
  nn: ['NO'],
  sv: ['SE', 'FI'],
  da: ['DK'],
  fi: ['FI'],
  pl: ['PL'],
  cs: ['CZ'],
  sk: ['SK'],
  sl: ['SI'],
  hr: ['HR'],
  hu: ['HU'],
  ro: ['RO', 'MD'],
  bg: ['BG'],
  el: ['GR', 'CY'],
  et: ['EE'],
  lv: ['LV'],
  lt: ['LT'],
  ga: ['IE'],
  ja: ['JP'],
  zh: ['CN', 'TW', 'HK'],
  ko: ['KR'],
  ru: ['RU'],
  uk: ['UA'],
  tr: ['TR'],
  ar: ['SA', 'EG'],
  he: ['IL'],
  ca: ['ES'],
};
const languages = Object.keys(regionsByLanguage);
const newHeaderCount = 4096;

/** The tags of a header built here, in order of weight: what `match` is given, `*` aside. */
const tagsOf = (header: string): string[] =>
  header
    .split(',')
    .map((range) => (range.split(';')[0] as string).trim())
    .filter((tag) => tag !== '*');

/**
 * `count` distinct headers (distinct lists of tags, not only of weights or spaces), the same in every run: one to
 * four languages, each with or without a region and often followed by the language alone, weights falling by 0.1.
 */
const newHeaders = (count: number): string[] => {
  let seed = 5;
  // mulberry32: a small seeded generator, so that every run measures the same headers.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const headers = new Map<string, string>();
  while (headers.size < count) {
    const chosen = new Set<string>();
    for (const wanted = 1 + Math.floor(random() * 4); chosen.size < wanted; ) chosen.add(pick(languages));
    const tags: string[] = [];
    for (const language of chosen) {
      const regions = regionsByLanguage[language] ?? [];
      if (regions.length > 0 && random() < 0.7) {
        tags.push(`${language}-${pick(regions)}`);
        if (random() < 0.8) tags.push(language);
      } else tags.push(language);
    }
    if (random() < 0.1) tags.push('*');
    const ranges = tags.map((tag, i) => (i === 0 ? tag : `${tag};q=${(1 - i / 10).toFixed(1)}`));
    const header = ranges.join(random() < 0.5 ? ',' : ', ');
    headers.set(tagsOf(header).join(), header);
  }
  return [...headers.values()];
};

/** 16 KB of junk ranges of many kinds, after one real tag that must answer. */
const junkHeader = (realTag: string): string => {
  const junk = [
    (n: number) => `${n}x-${'q'.repeat(n % 7)}zz;q=0.${(n % 9) + 1}`,
    (n: number) => `abcd-${n.toString(36)}`,
    (n: number) => `en-${'z'.repeat(9 + (n % 5))};q=0.${(n % 9) + 1}`,
    (n: number) => `not a tag ${n}!`,
    () => ';q=0.5',
    (n: number) => `*;q=0.${n % 10}`,
    (n: number) => `x_${n};level=${n};q=1`,
  ];
  const ranges = ['__proto__;q=1', `${realTag};q=0.9`];
  for (let n = 0, length = 0; length < 16 * 1024; n++) {
    const range = (junk[n % junk.length] as (n: number) => string)(n);
    ranges.push(range);
    length += range.length + 2;
  }
  return ranges.join(', ');
};

interface Contender {
  readonly run: () => unknown;
  /** Calls per sample: enough for the timer's cost to vanish, few enough for the slowest cases. */
  readonly batch: number;
}

/** Prints the negotiation section of the report. Throws when it cannot measure (an answer not the one expected). */
export const benchNegotiation = async ({ negotiateLocale, supported, taskTime, rounds }: NegotiationBenchOptions): Promise<void> => {
  const negotiator = (header: string) => new Negotiator({ headers: { 'accept-language': header } }).languages(supported)[0];
  const bestFit = (tags: readonly string[]) => match(tags, supported, 'en', { algorithm: 'best fit' });

  // A server gets a new string for each request, whose hash V8 has not computed yet: each call here gets a new
  // string too (a slice of a padded copy), with the contents of a header seen before.
  const padded = typicalHeaders.map((header) => ` ${header}`);
  const typicalTags = typicalHeaders.map(tagsOf);
  const fresh = newHeaders(newHeaderCount);
  const freshTags = fresh.map(tagsOf);
  const junk = junkHeader('da');

  // Ours wraps FormatJS' matcher: on realistic headers it must give the same answers, or the comparison is void.
  for (const [i, header] of [...typicalHeaders, ...fresh].entries()) {
    const tags = i < typicalHeaders.length ? typicalTags[i] : freshTags[i - typicalHeaders.length];
    const expected = bestFit(tags as string[]);
    if (negotiateLocale(header) !== expected) throw new Error(`negotiateLocale(${JSON.stringify(header)}) is not ${expected}`);
  }
  if (negotiateLocale(junk) !== 'da') throw new Error('negotiateLocale(junk) does not answer its one real tag, da');

  let sink: unknown;
  let seen = 0;
  let next = 0;
  const cases: Record<'seen' | 'new' | 'junk', { name: string; contenders: Record<string, Contender> }> = {
    seen: {
      name: 'a header seen before (5 in turn)',
      contenders: {
        ours: { run: () => negotiateLocale((padded[seen++ % padded.length] as string).slice(1)), batch: 100 },
        negotiator: { run: () => negotiator((padded[seen++ % padded.length] as string).slice(1)), batch: 100 },
        match: { run: () => bestFit(typicalTags[seen++ % typicalTags.length] as string[]), batch: 100 },
      },
    },
    new: {
      name: `a new header each call (${newHeaderCount} in turn)`,
      contenders: {
        ours: { run: () => negotiateLocale(fresh[next++ % fresh.length]), batch: 100 },
        negotiator: { run: () => negotiator(fresh[next++ % fresh.length] as string), batch: 100 },
        match: { run: () => bestFit(freshTags[next++ % freshTags.length] as string[]), batch: 100 },
      },
    },
    junk: {
      name: `16 KB of junk (${(junk.length / 1024).toFixed(0)} KB, ${junk.split(',').length} ranges)`,
      contenders: {
        ours: { run: () => negotiateLocale(junk), batch: 100 },
        negotiator: { run: () => negotiator(junk), batch: 1 },
      },
    },
  };

  const best: Record<string, number> = {};
  for (let round = 1; round <= Math.max(1, rounds); round++) {
    console.error(`Negotiation, round ${round} of ${rounds} …`);
    const bench = new Bench({ time: taskTime, warmupTime: Math.min(taskTime, 300) });
    for (const [id, { contenders }] of Object.entries(cases)) {
      for (const [who, { run, batch }] of Object.entries(contenders)) {
        bench.add(`${id}/${who}`, () => {
          for (let i = 0; i < batch; i++) sink = run();
        });
      }
    }
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`benchmark task ${task.name} ended as ${result.state}`);
      const [id, who] = task.name.split('/') as [keyof typeof cases, string];
      const us = (result.latency.mean * 1000) / (cases[id].contenders[who] as Contender).batch;
      best[task.name] = Math.min(best[task.name] ?? Number.POSITIVE_INFINITY, us);
    }
  }
  void sink;

  const us = (id: keyof typeof cases, who: string) => best[`${id}/${who}`] ?? Number.NaN;
  const formatUs = (value: number) => (Number.isNaN(value) ? '—' : value >= 100 ? value.toFixed(0) : value.toFixed(2));
  const formatRatio = (ratio: number) => (Number.isNaN(ratio) ? '—' : ratio >= 10 ? `${ratio.toFixed(0)}x` : `${ratio.toFixed(2)}x`);

  console.log(
    `\nNegotiation: negotiateLocale (built package, shipped locales) against negotiator (languages(supported)[0]) and FormatJS'\n` +
      `best-fit match given the tags already parsed; µs per call (batched), and how many times faster ours is.\n`,
  );
  printTable(
    ['case', 'ours µs', 'negotiator µs', 'match µs', 'vs negotiator', 'vs match'],
    (Object.keys(cases) as (keyof typeof cases)[]).map((id) => [
      cases[id].name,
      formatUs(us(id, 'ours')),
      formatUs(us(id, 'negotiator')),
      formatUs(us(id, 'match')),
      formatRatio(us(id, 'negotiator') / us(id, 'ours')),
      formatRatio(us(id, 'match') / us(id, 'ours')),
    ]),
  );

  const targets = [
    { name: 'a header seen before vs negotiator', ratio: us('seen', 'negotiator') / us('seen', 'ours'), min: 10 },
    { name: 'a new header vs FormatJS match', ratio: us('new', 'match') / us('new', 'ours'), min: 1 },
    { name: '16 KB of junk vs a new header (ours)', ratio: us('new', 'ours') / us('junk', 'ours'), min: 1 },
  ];
  console.log('\nTargets (issue 5); timings are a report, never a CI failure.\n');
  printTable(
    ['target', 'wanted', 'measured', ''],
    targets.map((t) => [t.name, `>= ${t.min}x`, formatRatio(t.ratio), t.ratio >= t.min ? 'met' : 'MISSED']),
  );
};
