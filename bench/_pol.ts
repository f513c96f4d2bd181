import { FramePolarity } from '../src/lint/framePolarity';
const [s, word, outsider] = process.argv.slice(2);
const at = s.indexOf(word);
const o = outsider ? s.indexOf(outsider) : -1;
const fp = new FramePolarity(s, 0, o >= 0 ? [{ start: o, end: o + outsider.length }] : []);
console.log(fp.reading(at, at + word.length));
