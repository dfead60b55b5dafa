/** Process entry of `skm` (started by bin/skm.js through tsx). */
import { run } from './run';

const code = await run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
});
// exitCode rather than exit(): pending stdout writes to a pipe are flushed first.
process.exitCode = code;
