// The matcher's grammar (src/lint) reads English; the pack brings the domain. Its code, outside comments
// (which quote real provisions as examples), names no agency and no domain noun: a body the drafts do not
// direct comes from the pack's `outsiders`, the acts and contexts from its concepts.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Built from pieces so that this file does not trip its own check when read as a fixture elsewhere.
const DOMAIN = new RegExp(['\\bI' + 'CE\\b', '\\bD' + 'HS\\b', 'immi' + 'gra', 'war' + 'rant', 'detai' + 'ner', '\\bali' + 'en', 'depor' + 't', '2' + '87'].join('|'), 'i');
// The built-in rules' messages are text for the drafter, not grammar.
const NOT_GRAMMAR = new Set(['builtinRules.ts']);

/** The file's code: comment lines and trailing `// …` comments dropped. */
function codeOf(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/?\*)/.test(line))
    .map((line) => line.replace(/\s\/\/\s.*$/, ''));
}

describe('grammar apart from domain', () => {
  const dir = join(__dirname, '..', 'src', 'lint');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !NOT_GRAMMAR.has(f))) {
    it(`src/lint/${file} names no agency or domain noun in its code`, () => {
      codeOf(readFileSync(join(dir, file), 'utf8')).forEach((line, i) => assert.doesNotMatch(line, DOMAIN, `src/lint/${file}, code line ${i + 1}: ${line.trim().slice(0, 120)}`));
    });
  }

  it('catches a domain word in code and lets one in a comment be', () => {
    assert.ok(codeOf("const AGENCY = 'I" + "CE';").some((l) => DOMAIN.test(l)));
    assert.ok(!codeOf("// A request from I" + "CE to hold…").some((l) => DOMAIN.test(l)));
  });
});
