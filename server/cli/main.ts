/** Process entry of `skm` (started by bin/skm.js through tsx). */
import { readSecretLine } from './read-secret';
import { run } from './run';

const code = await run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  readSecret: (prompt) => readSecretLine(process.stdin, process.stderr, prompt),
});
// exitCode rather than exit(): pending stdout writes to a pipe are flushed first.
process.exitCode = code;
