// The CLI as a function: arguments in, exit code out (0 clean, 1 findings, 2 bad usage or input).
import { parseCommandLine } from './args';
import { runCheck } from './check';
import { CliError } from './cliError';
import type { Output } from './output';
import { runReport } from './report';
import { runRules } from './rules';
import { runSearch } from './search';
import { TOOL } from './tool';
import { USAGE } from './usage';

export async function run(argv: string[], out: Output, err: Output, cwd: string): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.kind) {
      case 'help':
        await out.write(USAGE);
        return 0;
      case 'version':
        await out.write(`${TOOL.version}\n`);
        return 0;
      case 'check':
        return await runCheck(command, out, err, cwd);
      case 'report':
        return await runReport(command, out, err, cwd);
      case 'search':
        return await runSearch(command, out);
      case 'rules':
        return await runRules(command, out);
    }
  } catch (error) {
    if (error instanceof CliError) {
      // (Several problems, a line each: each line says where it comes from.)
      err.write(`${error.message.split('\n').map((line) => `${TOOL.name}: ${line}`).join('\n')}\n`);
      return 2;
    }
    // A bug, not the user's input: still exit 2, with the stack for the report.
    err.write(`${TOOL.name}: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
