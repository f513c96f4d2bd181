import { readFrames } from '../src/language/frames';
const s = process.argv[2];
const r = readFrames(s);
console.log(r.tokens.map((t, i) => `${i}:${t.text}/${t.pos}`).join(' '));
r.frames.forEach((f, k) => console.log(k, f.role, 'host', f.host, f.status, f.statusRule, 'pol', f.polarity, f.negations.join(','), 'modal', f.modality?.word, 'act', f.act?.lemma, '|', f.span.text.slice(0, 120), f.conditions.map((c) => c.kind).join(',')));
