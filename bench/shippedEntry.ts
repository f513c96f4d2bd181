// What bench/run.ts times, bundled as the extension ships its engine (see bench/shipped.ts).
export { createEngine } from '../src/engine/engine';
export { createLinter } from '../src/lint/lint';
export { unified } from 'unified';
export { default as remarkParse } from 'remark-parse';
