// `rules`: what the linter checks, and which corpus entries each rule rests on.
import { ruleInfos } from '../format/ruleInfo';
import { formatRulesTable } from '../format/rulesTable';
import type { Command } from './args';
import type { Output } from './output';
import { packsFor } from './packOption';

export async function runRules(command: Extract<Command, { kind: 'rules' }>, out: Output): Promise<number> {
  const rules = ruleInfos(...(await packsFor(command.packs)).map((p) => p.pack.rules));
  await out.write(command.json ? `${JSON.stringify(rules, null, 2)}\n` : formatRulesTable(rules));
  return 0;
}
