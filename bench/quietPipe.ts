// Imported first by the bench scripts that print listings: "| head" closing the pipe ends the script
// quietly, as the CLI does (src/cli/output.ts), instead of an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
