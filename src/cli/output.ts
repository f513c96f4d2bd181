/** Where a command writes its report; main.ts passes process.stdout. */
export interface Output {
  write(text: string): void;
}
