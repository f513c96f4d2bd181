// Parses a pack's JSON file and checks it against its schema; every problem names file, line and column.
import { Validator, type Schema } from '@cfworker/json-schema';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { PackError } from './packError';

/** 1-based line and column; lines end at "\n", "\r\n" or a lone "\r"; a leading byte-order mark is not a column. */
export function lineAndColumn(text: string, offset: number): [number, number] {
  let line = 1;
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return [line, Math.max(1, offset - lineStart + 1)];
}

// JSON nested deeper than this is not a pack file (the parser and the validator recurse per level).
export const MAX_JSON_DEPTH = 64;

/** Offset where brackets first nest deeper than MAX_JSON_DEPTH, or -1. Linear, outside strings only. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return -1;
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

/** The most problems one schema check reports. */
const MAX_PROBLEMS = 20;

// Errors about a whole object ("properties", "items") only repeat the deeper one; keep the deepest.
const SUMMARY_KEYWORDS = new Set(['properties', 'items', 'additionalProperties', '$ref', 'allOf', 'if', 'then', 'else']);

export interface ParsedJson<T> {
  value: T;
  tree: Node | undefined;
}

/** Reads a JSON file (JSONC, with comments and trailing commas, when `jsonc` is set) and validates it. */
export function readJsonFile<T>(file: string, source: string, schema: object, jsonc = false): ParsedJson<T> {
  // A byte-order mark is not JSON: blank it (same length, so offsets stay those of the file).
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const deep = tooDeepAt(text);
  if (deep >= 0) throw errorAt(file, source, deep, `nested deeper than ${MAX_JSON_DEPTH} levels`);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: jsonc, disallowComments: !jsonc });
  if (errors.length > 0) {
    const first = errors[0];
    throw errorAt(file, source, first.offset, `not valid JSON (${printParseErrorCode(first.error)})`);
  }
  const value = (jsonc ? parse(text, [], { allowTrailingComma: true }) : JSON.parse(text)) as T;
  const result = new Validator(schema as Schema, '7', false).validate(value);
  if (!result.valid) {
    const specific = result.errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword));
    const deepestFirst = [...(specific.length > 0 ? specific : result.errors)].sort((a, b) => b.instanceLocation.length - a.instanceLocation.length);
    // Every place at once, the deepest error at each (a drafter fixing a config file met its problems one run at a time);
    // an error on a place that holds one already reported only repeats it.
    const reported: string[] = [];
    const problems: PackError[] = [];
    // (At most MAX_PROBLEMS, so a file with thousands of errors costs a bounded scan per error.)
    for (const error of deepestFirst) {
      if (problems.length >= MAX_PROBLEMS) break;
      if (reported.some((at) => at === error.instanceLocation || at.startsWith(`${error.instanceLocation}/`))) continue;
      reported.push(error.instanceLocation);
      problems.push(schemaProblem(file, source, tree, error));
    }
    const [first, ...rest] = problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new PackError(first.file, first.line, first.column, first.problem, rest);
  }
  return { value, tree };
}

function schemaProblem(file: string, source: string, tree: Node | undefined, error: { keyword: string; error: string; instanceLocation: string }): PackError {
  const path = parsePointer(error.instanceLocation);
  if (error.keyword === 'false' || /False boolean schema/.test(error.error)) {
    // additionalProperties: false reports the key's own schema ("false"): say which key is unknown.
    const key = path[path.length - 1];
    const parent = path.slice(0, -1);
    return errorAt(file, source, offsetOfPath(tree, path), `unknown key "${key}"${parent.length ? ` in ${parent.join('.')}` : ''}`);
  }
  const where = path.length ? ` at ${path.join('.')}` : '';
  return errorAt(file, source, offsetOfPath(tree, path), `${error.error}${where}`);
}
