// Node itself: the floor under every cold start.
const start = performance.now();
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, message: '' }));
