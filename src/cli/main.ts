// Entry of dist/cli.js. Sets the exit code rather than calling process.exit, so that a long report
// piped to another program is flushed completely.
import { run } from './run';

void run(process.argv.slice(2), process.stdout, process.stderr, process.cwd()).then((code) => {
  process.exitCode = code;
});
