// Generates a policy manual of a given size from realistic pieces: headings, paragraphs of policy
// sentences (half of them ones the rules flag), lists with lead-ins, tables, block quotes. Deterministic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// The rest of a manual: use of force, pursuits, evidence, training. Sentences built from parts.
const SUBJECTS = ['Members', 'Deputies', 'The shift supervisor', 'The Department', 'Each officer', 'Communications staff', 'The evidence custodian', 'The training coordinator'];
const VERBS = ['shall document', 'will review', 'should consider', 'must complete', 'may request', 'shall ensure the accuracy of', 'will maintain', 'shall forward'];
const OBJECTS = ['the use-of-force report', 'all property seized during a search', 'the vehicle pursuit log', 'body-worn camera recordings', 'the daily activity report', 'each citizen complaint', 'records of firearms qualification', 'the tow inventory form'];
const ENDINGS = ['before the end of the shift.', 'within 72 hours.', 'in accordance with Policy 310.', 'as directed by the Sheriff.', 'unless a supervisor approves otherwise.', 'and retain it for three years.'];

/**
 * A manual of about `bytes` characters. `immigrationShare` of its sentences come from the labelled
 * immigration sentences (half of which the rules flag); the rest are ordinary policy sentences.
 */
export function generateManual(bytes: number, seed = 1, immigrationShare = 0.25): string {
  return manual(bytes, seed, immigrationShare);
}

/** A dense manual: every sentence is one of the labelled immigration sentences (detainers, ICE, 287(g)…). */
export function generateDenseManual(bytes: number, seed = 1): string {
  return manual(bytes, seed, 1);
}

function manual(bytes: number, seed: number, immigrationShare: number): string {
  const sentences = readFileSync(join(__dirname, '..', 'test', 'labelled', 'dev.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('|') && !l.startsWith('#'))
    .map((l) => l.slice(l.indexOf('|') + 1).trim());
  const next = random(seed);
  const any = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const pick = () => (next() < immigrationShare ? any(sentences) : `${any(SUBJECTS)} ${any(VERBS)} ${any(OBJECTS)} ${any(ENDINGS)}`);
  const parts: string[] = ['---\ntitle: Generated policy manual\n---\n', '# Policy Manual\n'];
  let size = parts.join('\n').length;
  let section = 0;
  while (size < bytes) {
    section++;
    const block: string[] = [`## ${400 + section} Immigration Matters, part ${section}\n`];
    block.push(`${pick()} ${pick()} *${pick()}* See [the guidance](https://example.org/${section}).\n`);
    block.push(`The jail shall:\n\n1. ${pick()}\n2. ${pick()}\n   - ${pick()}\n`);
    if (section % 3 === 0) block.push(`| Situation | Action |\n|---|---|\n| Detainer received | ${pick()} |\n| Judicial warrant | ${pick()} |\n`);
    if (section % 4 === 0) block.push(`> ${pick()}\n`);
    if (section % 5 === 0) block.push('```\nThe jail shall hold every inmate on an ICE detainer.\n```\n');
    const text = block.join('\n');
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join('\n').slice(0, bytes);
}
