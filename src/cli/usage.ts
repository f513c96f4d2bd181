export const USAGE = `Usage: policy-guidance <command> [options]

Checks drafts against guidance packs. The bundled pack is a Q&A of unverified origin that presents itself
as the Missouri Attorney General's guidance on cooperation with ICE (no such guidance was found); where
checked Missouri or federal law differs, its findings cite it.
A draft's front matter "jurisdiction:" selects the packs that name it; one no pack covers is checked
against every pack, with a notice saying so. Not legal advice.

Commands:
  check [--format stylish|json|sarif] [--pack DIR]... [--severity RULE=LEVEL]...
        [--baseline FILE | --write-baseline FILE] FILES...
      Lint drafts. FILES may be files, folders or globs; folders and globs expand to
      .md, .markdown and .txt files (node_modules and .git are skipped).
      Exit 0: no warning or error; 1: at least one; 2: bad usage, or a file that could
      not be checked (named on stderr with the reason; the others are still checked).
      --baseline FILE: leave out findings FILE holds (by rule and sentence), fail only on new ones.
      --write-baseline FILE: write every finding to FILE as the baseline (exit 0).
  report [--format html|md|json] [--pack DIR]... [--severity RULE=LEVEL]... FILES...
      A compliance report per draft, for counsel and council: each topic's state with the
      sentences behind it, every finding with its entries and their caveats, the missing
      provisions, the exceptions register (every suppression with its reason) and the packs
      used. HTML (the default) is one self-contained file that prints cleanly to PDF.
      Exit 0 when written, whatever it finds; 2 as for check.
  search [--json] [--limit N] [--pack DIR]... QUERY...
      Search the guidance entries, best first (default limit 10).
  rules [--json] [--pack DIR]...
      List the rules with their severity, scope and the corpus entries they rest on.

Options:
  --pack DIR     Also use the guidance pack in DIR (repeatable); one with the bundled pack's id replaces it.
  --severity RULE=LEVEL  Override a rule's severity: error, warning, information, hint or off (repeatable).
  --config FILE  (check) Use this configuration instead of the nearest .policy-guidance.jsonc above each draft.
  -h, --help     Show this help.
  -v, --version  Show the version.
`;
