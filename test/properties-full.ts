// Loaded first by .mocharc.properties.json (`npm run test:properties`): the properties run their full counts.
process.env.PROPERTIES = 'full';
// Mocha's own process (this script runs its files there, not in workers) lifts the limit on stack frames an error
// records; the yaml library makes an error for each problem of a broken text, deep in its recursion, and recording
// every frame of each took most of the fast path's mutation properties' time. Node's default, as in a worker.
Error.stackTraceLimit = 10;
