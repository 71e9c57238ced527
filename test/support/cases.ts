/** Provider names that test trimming and ICU-looking characters. */
export const sampleProviders = [undefined, 'BNP Paribas', '  Crédit Agricole  ', "O'Brien {Bank} #1", "O''Brien"];
