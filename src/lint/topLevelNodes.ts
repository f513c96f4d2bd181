// What a block's top-level nodes tell the reading of the blocks after it: whether it ends inside a
// construct that runs on past a blank line, and which link reference definitions it makes.
import type { RootContent } from 'mdast';
import { pushAll } from './pushAll';

/** Is this top-level node a fenced code block or an HTML block of kinds 1–5 with no end? In doubt, yes. */
export function endsOpen(node: RootContent, body: string): boolean {
  const raw = body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? body.length);
  if (node.type === 'code') {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (!fence) return false; // indented code: a line at column 0 ends it
    const lines = raw.split(/\r\n|\r|\n/);
    if (lines.length < 2) return true;
    const close = new RegExp(`^ {0,3}\\${fence[1][0]}{${fence[1].length},}[ \\t]*$`);
    return !close.test(lines[lines.length - 1]);
  }
  if (node.type === 'html') {
    const value = raw.replace(/^[ \t]*/, '');
    if (/^<(?:script|pre|style|textarea)/i.test(value)) return !/<\/(?:script|pre|style|textarea)>/i.test(value);
    if (value.startsWith('<!--')) return !value.includes('-->', 4);
    if (value.startsWith('<?')) return !value.includes('?>', 2);
    if (value.startsWith('<![CDATA[')) return !value.includes(']]>', 9);
    if (value.startsWith('<!')) return !value.includes('>', 2);
    return false; // kinds 6 and 7 end at a blank line
  }
  return false;
}

/** The labels of the link reference definitions among these blocks (at any depth of containers). */
export function definitionsIn(nodes: RootContent[]): string[] {
  const labels: string[] = [];
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition') labels.push((node.label ?? node.identifier).replace(/\s+/g, ' '));
    else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition') pushAll(stack, node.children as RootContent[]);
  }
  return labels;
}
