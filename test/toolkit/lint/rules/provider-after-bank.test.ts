import { providerAfterBank } from '../../../../src/toolkit/lint/rules/provider-after-bank.js';
import { change, describeRule, edit, en, entry, pl, shipped } from '../../../support/lint.js';

describeRule(providerAfterBank, {
  failing: [
    {
      name: 'a Polish "Bank {provider}" at the start of a sentence',
      files: {
        'en.json': en,
        'pl.json': change(pl, (c) => {
          entry(c, 'code.201').messageWithProvider = 'Bank {provider} nie akceptuje podanych danych logowania.';
        }),
      },
      at: ['pl.json', '{provider} nie akceptuje'],
      message: /code.201.messageWithProvider: "Bank \{provider\}" puts the word for bank before the name/,
    },
    {
      name: 'a Czech declined "banky „{provider}“" inside quotes',
      files: {
        'en.json': en,
        'cs.json': change(shipped('cs'), (c) => {
          entry(c, 'code.201').messageWithProvider = 'Přihlašovací údaje nebyly přijaty na straně banky „{provider}“.';
        }),
      },
      at: ['cs.json', '{provider}“'],
      message: /code.201.messageWithProvider: "banky \{provider\}"/,
    },
    {
      name: 'a Greek "η τράπεζα {provider}"',
      files: {
        'en.json': en,
        'el.json': change(shipped('el'), (c) => {
          entry(c, 'code.201').messageWithProvider = 'Η τράπεζα {provider} δεν δέχεται τα στοιχεία σύνδεσης.';
        }),
      },
      at: ['el.json', '{provider} δεν δέχεται τα στοιχεία σύνδεσης.'],
      message: /"τράπεζα \{provider\}"/,
    },
    {
      name: 'an English "your bank {provider}"',
      files: {
        'en.json': edit(en, '"titleWithProvider": "{provider} is unavailable"', '"titleWithProvider": "Bank {provider} is unavailable"'),
      },
      at: ['en.json', '{provider} is unavailable'],
      message: /status.unavailable.titleWithProvider: "Bank \{provider\}"/,
    },
  ],
  passing: [
    {
      name: 'the name alone as the subject, and the word for bank elsewhere in the sentence',
      files: {
        'en.json': en,
        'pl.json': change(pl, (c) => {
          entry(c, 'code.201').messageWithProvider = '{provider} nie akceptuje danych logowania. Sprawdź je na stronie banku.';
          entry(c, 'status.unavailable').messageWithProvider = 'Nie możemy połączyć się z serwisem {provider}. Bank jest niedostępny.';
        }),
      },
    },
    {
      name: 'the word for bank a few words before the name ("w aplikacji banku lub w serwisie {provider}")',
      files: {
        'en.json': en,
        'pl.json': change(pl, (c) => {
          entry(c, 'code.202').messageWithProvider = 'Zaloguj się w aplikacji banku lub w serwisie {provider} i spróbuj ponownie.';
        }),
      },
    },
  ],
});
