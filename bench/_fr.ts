import { readFrames } from '../src/language/frames';
const r = readFrames(process.argv[2]);
console.log(r.tokens.map((t, i) => `${i}:${t.text}/${t.pos}`).join(' '));
r.frames.forEach((f, k) => console.log(k, f.role, 'host', f.host, f.status, f.statusRule, 'pol', f.polarity, f.negations.join(','), 'act', f.act?.lemma, '|', f.span.text.slice(0, 90)));
