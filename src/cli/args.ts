// Command line → a typed command. Every problem is a CliError (exit 2) with a one-line reason.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cliError';

export type ReportFormat = 'stylish' | 'json' | 'sarif';
import type { ComplianceFormat } from '../report/writers';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; format: ReportFormat; packs: string[]; severity: Record<string, string>; files: string[]; baseline?: string; writeBaseline?: string; config?: string }
  | { kind: 'report'; format: ComplianceFormat; packs: string[]; severity: Record<string, string>; files: string[] }
  | { kind: 'search'; json: boolean; limit: number; packs: string[]; query: string }
  | { kind: 'rules'; json: boolean; packs: string[] };

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = { help: { type: 'boolean', short: 'h' }, pack: { type: 'string', multiple: true } };
const OPTIONS: Record<'check' | 'report' | 'search' | 'rules', Options> = {
  check: { ...COMMON, format: { type: 'string', short: 'f' }, severity: { type: 'string', multiple: true }, baseline: { type: 'string' }, 'write-baseline': { type: 'string' }, config: { type: 'string' } },
  report: { ...COMMON, format: { type: 'string', short: 'f' }, severity: { type: 'string', multiple: true } },
  search: { ...COMMON, json: { type: 'boolean' }, limit: { type: 'string', short: 'n' } },
  rules: { ...COMMON, json: { type: 'boolean' } },
};
const FORMATS: ReportFormat[] = ['stylish', 'json', 'sarif'];
const COMPLIANCE_FORMATS: ComplianceFormat[] = ['html', 'md', 'json'];
const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];

/** "--severity RULE=LEVEL", as in the editor's policyGuidance.severity setting. */
function severities(values: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values) {
    const [rule, level] = value.split('=');
    if (!rule || !level || !LEVELS.includes(level)) throw new CliError(`--severity needs RULE=LEVEL with LEVEL one of ${LEVELS.join(', ')}, not "${value}"`);
    result[rule] = level;
  }
  return result;
}
const HELP_HINT = 'run "policy-guidance --help" for usage';

function parse(name: keyof typeof OPTIONS, args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS[name], allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'([^']+)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option ${option} for "${name}"; ${HELP_HINT}`);
    throw new CliError(`${message.split('\n')[0]}; ${HELP_HINT}`);
  }
}

export function parseCommandLine(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined) throw new CliError(`missing command (check, report, search or rules); ${HELP_HINT}`);
  if (name === '-h' || name === '--help') return { kind: 'help' };
  if (name === '-v' || name === '--version') return { kind: 'version' };
  if (!(name in OPTIONS)) throw new CliError(`unknown command "${name}" (expected check, report, search or rules); ${HELP_HINT}`);

  const { values, positionals } = parse(name as keyof typeof OPTIONS, rest);
  if (values.help) return { kind: 'help' };
  const packs = (values.pack as string[] | undefined) ?? [];
  if (packs.includes('')) throw new CliError('--pack needs a folder');

  if (name === 'check') {
    const format = (values.format ?? 'stylish') as ReportFormat;
    if (!FORMATS.includes(format)) throw new CliError(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
    if (positionals.length === 0) throw new CliError(`check needs at least one file, folder or glob; ${HELP_HINT}`);
    // An empty argument (an unset shell variable, say) would otherwise resolve to the current folder.
    if (positionals.includes('')) throw new CliError(`check was given an empty file name; ${HELP_HINT}`);
    const baseline = values.baseline as string | undefined;
    const writeBaseline = values['write-baseline'] as string | undefined;
    if (baseline === '' || writeBaseline === '') throw new CliError(`--${baseline === '' ? 'baseline' : 'write-baseline'} needs a file`);
    if (baseline !== undefined && writeBaseline !== undefined) throw new CliError('use either --baseline (check against one) or --write-baseline (write one), not both');
    const config = values.config as string | undefined;
    if (config === '') throw new CliError('--config needs a file');
    return {
      kind: 'check',
      format,
      packs,
      severity: severities((values.severity as string[] | undefined) ?? []),
      files: positionals,
      ...(baseline !== undefined && { baseline }),
      ...(writeBaseline !== undefined && { writeBaseline }),
      ...(config !== undefined && { config }),
    };
  }
  if (name === 'report') {
    const format = (values.format ?? 'html') as ComplianceFormat;
    if (!COMPLIANCE_FORMATS.includes(format)) throw new CliError(`unknown report format "${format}" (expected ${COMPLIANCE_FORMATS.join(', ')})`);
    if (positionals.length === 0) throw new CliError(`report needs at least one file, folder or glob; ${HELP_HINT}`);
    if (positionals.includes('')) throw new CliError(`report was given an empty file name; ${HELP_HINT}`);
    return { kind: 'report', format, packs, severity: severities((values.severity as string[] | undefined) ?? []), files: positionals };
  }
  if (name === 'search') {
    const limitText = (values.limit as string | undefined) ?? '10';
    const limit = Number(limitText);
    if (!/^\d+$/.test(limitText) || limit < 1) throw new CliError(`--limit must be a whole number of at least 1, not "${limitText}"`);
    const query = positionals.join(' ');
    if (query.trim() === '') throw new CliError(`search needs a query; ${HELP_HINT}`);
    return { kind: 'search', json: Boolean(values.json), limit, packs, query };
  }
  if (positionals.length > 0) throw new CliError(`rules takes no arguments, got "${positionals[0]}"`);
  return { kind: 'rules', json: Boolean(values.json), packs };
}
