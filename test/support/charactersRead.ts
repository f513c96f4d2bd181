// Work counted instead of timed: the characters read by charCodeAt while a function runs (the parser and the block
// scans read each one), so a test can say an edit re-reads a bounded part of a draft without timing anything.
export function charactersRead(fn: () => void): number {
  const { charCodeAt } = String.prototype;
  let work = 0;
  String.prototype.charCodeAt = function (this: string, i: number) {
    work++;
    return charCodeAt.call(this, i);
  };
  try {
    fn();
  } finally {
    String.prototype.charCodeAt = charCodeAt;
  }
  return work;
}
