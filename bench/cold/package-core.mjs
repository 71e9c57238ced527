// Cold start of `core` with the two locales an app would import for French: import + instance + first message.
const start = performance.now();
const [{ createStatusMessages }, { en }, { fr }] = await Promise.all([
  import('connection-status-i18n/core'),
  import('connection-status-i18n/locales/en'),
  import('connection-status-i18n/locales/fr'),
]);
const message = createStatusMessages({ locales: [en, fr] }).getStatusMessage(201, 'fr', { reason: 'Bad Credentials' });
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, message }));
