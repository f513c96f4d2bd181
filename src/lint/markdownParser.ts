// The Markdown parser the linter reads drafts with: remark with GFM tables and front matter (YAML, TOML).
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { remarkTables } from './remarkTables';
import { limitNesting } from './nesting';
import { riskyConstructs, type RiskyConstruct } from './markdownRisk';
import { typedCharacters } from './typedCharacters';
import { costlyBacktickRuns } from './backtickRuns';
import { readingRuns, unclosedCode } from './unclosedCode';

const processor = unified().use(remarkParse).use(typedCharacters).use(remarkTables).use(remarkFrontmatter, ['yaml', 'toml']);
// The table extension is tried at the start of every line (about a third of parse time) and front
// matter at the start of the text; text with no "|" has no table and text opening with no fence has
// no front matter, so it parses the same, and sooner, without them.
const plainProcessor = unified().use(remarkParse).use(typedCharacters);
const NEEDS_EXTENSIONS = /^[-+]|\|/;

// Processors with constructs turned off, for text on which they would make the parse superlinear (markdownRisk.ts).
const guarded = new Map<string, Processor<Root>>();

function disabling(this: Processor, off: readonly RiskyConstruct[]): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: [...off] } });
}

function processorFor(extensions: boolean, off: RiskyConstruct[], runs: boolean): Processor<Root> {
  const key = `${extensions}:${off.join()}:${runs}`;
  let made = guarded.get(key);
  if (!made) {
    const typed = unified().use(remarkParse).use(typedCharacters);
    const base = runs ? typed.use(unclosedCode) : typed;
    made = (extensions ? base.use(remarkTables).use(remarkFrontmatter, ['yaml', 'toml']) : base).use(disabling, off) as unknown as Processor<Root>;
    guarded.set(key, made);
  }
  return made;
}

/** Parses text whose nesting is already limited (see nesting.ts). */
export function parse(text: string): Root {
  const extensions = NEEDS_EXTENSIONS.test(text);
  const off = riskyConstructs(text);
  // Runs of backticks that would each search their paragraph for a closer in vain are read as text.
  const runs = costlyBacktickRuns(text);
  if (runs) return readingRuns(runs, () => processorFor(extensions, off, true).parse(text));
  if (off.length > 0) return processorFor(extensions, off, false).parse(text);
  return (extensions ? processor : plainProcessor).parse(text);
}

/** Parses a draft, nesting limited first. */
export function parseMarkdown(source: string): Root {
  return parse(limitNesting(source).text);
}
