/** A problem in a pack file, with where it is: "rules.json:12:5: severity must be one of …". */
export class PackError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
    /** Further problems found in the same file, in file order (a schema check reports them all at once). */
    readonly more: readonly PackError[] = [],
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'PackError';
  }
}
