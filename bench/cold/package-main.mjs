// Cold start of the main entry (every shipped locale): import of the built package + the first message.
const start = performance.now();
const { getStatusMessage } = await import('connection-status-i18n');
const message = getStatusMessage(201, 'fr', { reason: 'Bad Credentials' });
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, message }));
