// The bundled pack's files as text, for tests that change one of them and build the pack again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackTexts } from '../../src/corpus/loadPack';

const DIR = join(__dirname, '..', '..', 'corpus', 'missouri-ag-ice');

export function bundledPackTexts(): PackTexts {
  return {
    packText: readFileSync(join(DIR, 'pack.json'), 'utf8'),
    entriesText: readFileSync(join(DIR, 'entries.md'), 'utf8'),
    glossaryText: readFileSync(join(DIR, 'glossary.json'), 'utf8'),
    caveatsText: readFileSync(join(DIR, 'caveats.json'), 'utf8'),
    rulesText: readFileSync(join(DIR, 'rules.json'), 'utf8'),
  };
}
