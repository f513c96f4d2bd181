// Entry of dist/cli.js. Sets the exit code rather than calling process.exit, so that a long report
// piped to another program is flushed completely. A reader that stops early (`| head`) ends the
// report quietly: the exit code is still that of the findings.
import { run } from './run';
import { StreamOutput } from './output';
import { errorReason } from './readDraft';
import { TOOL } from './tool';

const out = new StreamOutput(process.stdout);
const err = { write: (text: string) => void process.stderr.write(text) };

void run(process.argv.slice(2), out, err, process.cwd()).then(async (code) => {
  await out.flush();
  if (out.failure) err.write(`${TOOL.name}: cannot write the report: ${errorReason(out.failure)}\n`);
  process.exitCode = out.failure ? 2 : code;
});
