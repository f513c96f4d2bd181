import { readFrames } from '../src/language/frames';
import { actPolarity } from '../src/language/actPolarity';
const [s, w] = process.argv.slice(2);
const at = s.indexOf(w);
console.log(actPolarity(readFrames(s, { isOutsider: (t) => t.lemma === 'visitor' }), at, at + w.length));
