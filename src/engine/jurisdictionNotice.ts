// The notice on a draft that names a jurisdiction no pack in use covers ("jurisdiction: California"
// with only the Missouri pack): the draft is still checked, against every pack, and the drafter must
// know that each finding cites another jurisdiction's guidance and law.
import { jurisdictionAt } from '../config/config';
import type { Pack } from '../corpus/types';
import { BUILTIN_RULES } from '../lint/builtinRules';
import type { Finding } from '../lint/finding';
import type { LineIndex } from '../lint/positions';

/** The finding, on the front matter's `jurisdiction:` line. */
export function jurisdictionNotice(text: string, named: string, packs: readonly Pack[], lines: Pick<LineIndex, 'range'>): Finding | undefined {
  const line = jurisdictionAt(text);
  if (!line) return undefined;
  const rule = BUILTIN_RULES.find((r) => r.id === 'jurisdiction-not-covered')!;
  const covered = packs.map((p) => (p.meta.jurisdiction ? `${p.meta.title} (${p.meta.jurisdiction})` : p.meta.title)).join('; ');
  const message = `This draft names the jurisdiction "${named}", which no guidance pack in use covers. It was checked against ${covered} anyway: each finding cites that guidance and law, not ${named}'s. Add a pack for ${named}, or map it to a pack under "jurisdictions" in .policy-guidance.jsonc.`;
  const { start, end } = line;
  return { ruleId: rule.id, severity: rule.severity, message, entries: [], start, end, range: lines.range(start, end), excerpt: text.slice(start, end) };
}
