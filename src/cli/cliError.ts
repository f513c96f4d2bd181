/** Bad usage or unreadable input: the CLI prints the message on one line and exits with 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
