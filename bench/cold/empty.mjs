// The floor under every cold start: Node's module loader importing a module that does nothing.
const start = performance.now();
await import('./nothing.mjs');
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, message: '' }));
