// A CPU profile of some checks, its samples added up by stage (bench/checkProfile.ts, bench/realProfile.ts):
// each sample goes to the innermost frame whose source names a stage, so the wink tagger's samples are the
// tagger's, not the frame reader's. `lines` is the unminified bundle, whose "// path" comments name each source.
import { Session } from 'node:inspector/promises';

export const STAGES: Array<[RegExp, string]> = [
  [/wink-nlp|wink-eng/, 'wink-nlp tagging'],
  [/src\/language\//, 'clause frames (src/language)'],
  [/framePolarity|grammarCues|instrumentCues/, 'polarity and grammar cues'],
  [/micromark|mdast|remark|unified|unist|decode|character-entities|markdownParser|typedCharacters|markdownRisk|backtickRuns|emphasisRuns|unclosedCode|lazyLines|nesting\.ts|paragraphLines/, 'Markdown parse (and its risk scans)'],
  [/plainTree|plainText|plainTable|plainInline|plainBlock/, 'plain blocks (no parse)'],
  [/compileRules|wordMarks|phraseScan|wordTable/, 'candidate phrases (word scan)'],
  [/matchSentence|sentenceReadings/, 'phrase expressions and rule gates'],
  [/glossaryTerms|blockTerms|termTrie/, 'glossary terms'],
  [/sentences\.ts|inlineList/, 'sentence splitting'],
  [/markdownProse|proseUnit|tableCells|htmlProse|topLevelNodes|markdownPieces|blocks\.ts|blockCuts|listParts/, 'prose walk and blocks'],
  [/packFindings|headingContext|documentRules|documentFacts|headings|sections/, 'findings, headings, document rules'],
  [/src\//, 'the rest of the engine'],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export async function stageTotals(lines: string[], runs: number, run: () => void, stages = STAGES, top = Number(process.env.TOP ?? 0)): Promise<void> {
  const sourceOf: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const path = /^\/\/ (\S+\.(?:ts|js|mjs|cjs|json))$/.exec(line);
    if (path) current = path[1];
    sourceOf[i] = current;
  });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let i = 0; i < runs; i++) run();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n as ProfileNode]));
  const parent = new Map<number, number>();
  for (const n of nodes.values()) for (const child of n.children ?? []) parent.set(child, n.id);
  const source = (n: ProfileNode) => (n.callFrame.url.endsWith('engine.js') ? (sourceOf[n.callFrame.lineNumber] ?? '') : n.callFrame.url);
  const stageOf = new Map<number, string>();
  const stage = (id: number): string => {
    const known = stageOf.get(id);
    if (known !== undefined) return known;
    const n = nodes.get(id)!;
    const name = n.callFrame.functionName;
    let found: string | undefined = name === '(garbage collector)' ? 'garbage collection' : name === '(root)' || name === '(idle)' || name === '(program)' ? 'no JavaScript frame (V8, the profiler)' : undefined;
    if (!found) {
      const file = source(n);
      found = file ? stages.find(([pattern]) => pattern.test(file))?.[1] : undefined;
      if (!found) found = parent.has(id) ? stage(parent.get(id)!) : 'other';
    }
    stageOf.set(id, found);
    return found;
  };
  const total = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let all = 0;
  profile.samples!.forEach((id, i) => {
    const delta = profile.timeDeltas![i] ?? 0;
    all += delta;
    total.set(stage(id), (total.get(stage(id)) ?? 0) + delta);
    const n = nodes.get(id)!;
    const key = `${n.callFrame.functionName || '(anonymous)'} ${source(n).replace(/.*node_modules\//, '')}`;
    self.set(key, (self.get(key) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at)!.callFrame;
      const name = `${frame.functionName || '(anonymous)'} ${source(nodes.get(at)!).replace(/.*node_modules\//, '')}`;
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
      seen.add(name);
    }
  });
  for (const [name, time] of [...total].sort((a, b) => b[1] - a[1])) console.log(`  ${((100 * time) / all).toFixed(1).padStart(5)} %  ${(time / 1000 / runs).toFixed(2).padStart(6)} ms  ${name}`);
  if (top > 0) {
    console.log('  self time, by function:');
    for (const [name, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((100 * time) / all).toFixed(1).padStart(5)} %  ${(time / 1000 / runs).toFixed(2).padStart(6)} ms  ${name}`);
    console.log('  total time (self and callees), by function:');
    for (const [name, time] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((100 * time) / all).toFixed(1).padStart(5)} %  ${(time / 1000 / runs).toFixed(2).padStart(6)} ms  ${name}`);
  }
}
