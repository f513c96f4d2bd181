// Parses a pack's JSON file and checks it against its schema; every problem names file, line and column.
import { Validator, type Schema } from '@cfworker/json-schema';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { PackError } from './packError';

function lineAndColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return [line, offset - before.lastIndexOf('\n')];
}

export function errorAt(file: string, text: string, offset: number, problem: string): PackError {
  const [line, column] = lineAndColumn(text, offset);
  return new PackError(file, line, column, problem);
}

/** Where a JSON path ("/rules/3/severity") stands in the text. */
export function offsetOfPath(tree: Node | undefined, path: Array<string | number>): number {
  for (let i = path.length; i >= 0 && tree; i--) {
    const node = findNodeAtLocation(tree, path.slice(0, i));
    if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return 0;
}

export function parsePointer(location: string): Array<string | number> {
  return location
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

// Errors about a whole object ("properties", "items") only repeat the deeper one; keep the deepest.
const SUMMARY_KEYWORDS = new Set(['properties', 'items', 'additionalProperties', '$ref', 'allOf', 'if', 'then', 'else']);

export interface ParsedJson<T> {
  value: T;
  tree: Node | undefined;
}

export function readJsonFile<T>(file: string, text: string, schema: object): ParsedJson<T> {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0) {
    const first = errors[0];
    throw errorAt(file, text, first.offset, `not valid JSON (${printParseErrorCode(first.error)})`);
  }
  const value = JSON.parse(text) as T;
  const result = new Validator(schema as Schema, '7', false).validate(value);
  if (!result.valid) {
    const specific = result.errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword));
    const error = (specific.length > 0 ? specific : result.errors).sort((a, b) => b.instanceLocation.length - a.instanceLocation.length)[0];
    const path = parsePointer(error.instanceLocation);
    const where = path.length ? ` at ${path.join('.')}` : '';
    throw errorAt(file, text, offsetOfPath(tree, path), `${error.error}${where}`);
  }
  return { value, tree };
}
