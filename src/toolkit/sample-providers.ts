/**
 * Real provider names of each market, for reading texts with `{provider}` the way users will see them: one that
 * contains the local word for bank, one that is no bank, and a short acronym. "Bank {provider}" only looks fine with
 * a name like "BNP Paribas"; with these it shows at once ("Bank Bank Millennium", "the bank Wise").
 */

/** Three names per language (the primary subtag): with the word for bank, no bank, an acronym. */
export const sampleProviders: Readonly<Record<string, readonly [string, string, string]>> = {
  bg: ['Банка ДСК', 'Wise', 'ОББ'],
  cs: ['Komerční banka', 'Wise', 'ČSOB'],
  da: ['Danske Bank', 'MobilePay', 'SEB'],
  de: ['Deutsche Bank', 'PayPal', 'DKB'],
  el: ['Τράπεζα Πειραιώς', 'Viva Wallet', 'NBG'],
  en: ['Metro Bank', 'Wise', 'HSBC'],
  es: ['Banco Santander', 'Wise', 'BBVA'],
  et: ['LHV Pank', 'Wise', 'SEB'],
  fi: ['S-Pankki', 'MobilePay', 'OP'],
  fr: ['La Banque Postale', 'Lydia', 'LCL'],
  ga: ['Bank of Ireland', 'Revolut', 'AIB'],
  hr: ['Zagrebačka banka', 'Wise', 'PBZ'],
  hu: ['MBH Bank', 'Wise', 'OTP'],
  it: ['Banca Sella', 'Satispay', 'BNL'],
  lt: ['Šiaulių bankas', 'Wise', 'SEB'],
  lv: ['Citadele banka', 'Wise', 'SEB'],
  mt: ['Bank of Valletta', 'Revolut', 'BOV'],
  nb: ['SpareBank 1', 'Vipps', 'DNB'],
  nl: ['ASN Bank', 'PayPal', 'ING'],
  pl: ['Bank Millennium', 'Wise', 'PKO BP'],
  pt: ['Novo Banco', 'Wise', 'CGD'],
  ro: ['Banca Transilvania', 'Wise', 'BCR'],
  sk: ['Tatra banka', 'Wise', 'VÚB'],
  sl: ['Gorenjska banka', 'Wise', 'NLB'],
  sv: ['Handelsbanken', 'PayPal', 'SEB'],
};

/**
 * The names to read a locale's texts with: its market's three, else the English ones.
 *
 * @example
 * ```ts
 * providersFor('pl-PL'); // ['Bank Millennium', 'Wise', 'PKO BP']
 * providersFor('ja'); // ['Metro Bank', 'Wise', 'HSBC']
 * ```
 */
export const providersFor = (tag: string): readonly string[] =>
  sampleProviders[tag.split('-')[0]?.toLowerCase() ?? ''] ?? (sampleProviders.en as readonly string[]);
