// Shows how the matcher reads one sentence, each match with its polarity and the act rule that decided it: npx tsx bench/explain.ts "sentence" [rule]
import './quietPipe';
import { loadPackFromDir } from '../src/cli/packDir';
import { compileRules } from '../src/rules/compileRules';
import { SentenceReading, ruleApplies } from '../src/lint/matchSentence';

void loadPackFromDir('corpus/missouri-ag-ice').then((pack) => {
  const rules = compileRules(pack.rules);
  const text = process.argv[2];
  const reading = new SentenceReading(text, rules);
  for (const name of rules.phrases.keys()) {
    const spans = reading.matches(name);
    if (spans.length) console.log(name.padEnd(26), spans.map((s) => { const r = reading.polarity.reading(s.start, s.end); return `"${text.slice(s.start, s.end)}"@${r.polarity} (${r.rule})`; }).join('  '));
  }
  for (const rule of rules.sentenceRules) if (ruleApplies(rule, reading)) console.log('=> FLAG', rule.id);
});
