// Modules that esbuild.js supplies at bundle time.

declare module 'policy-guidance:bundled-pack' {
  /** The text of dist/bundled-pack.json (see ./bundledPackJson.ts). */
  const json: string;
  export default json;
}
