// The Markdown parser the linter reads drafts with: remark with GFM tables and front matter (YAML, TOML).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { remarkTables } from './remarkTables';
import { limitNesting } from './nesting';

const processor = unified().use(remarkParse).use(remarkTables).use(remarkFrontmatter, ['yaml', 'toml']);
// The table extension is tried at the start of every line (about a third of parse time) and front
// matter at the start of the text; text with no "|" has no table and text opening with no fence has
// no front matter, so it parses the same, and sooner, without them.
const plainProcessor = unified().use(remarkParse);
const NEEDS_EXTENSIONS = /^[-+]|\|/;

/** Parses text whose nesting is already limited (see nesting.ts). */
export function parse(text: string): Root {
  return (NEEDS_EXTENSIONS.test(text) ? processor : plainProcessor).parse(text);
}

/** Parses a draft, nesting limited first. */
export function parseMarkdown(source: string): Root {
  return parse(limitNesting(source).text);
}
