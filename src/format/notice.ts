// The line every report carries where a drafter or a reviewer reads it.
export const NOT_LEGAL_ADVICE =
  'Not legal advice. Findings rest on a guidance corpus parts of which are unverified or out of date: each finding names the corpus entries it rests on; read their caveats before relying on it.';
