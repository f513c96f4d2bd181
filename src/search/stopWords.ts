// Words that carry no subject in a question about guidance ("can the jail keep someone for ICE"):
// dropped from the index and from queries, so the remaining words decide the ranking.
// Negations ("not", "no") are dropped too: search ranks topics, it does not read polarity.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any anyone anything are as at be because been before being
  below between both but by can could did do does doing don't down during each either else ever every few for from
  further had has have having he her here hers herself him himself his how i if in into is it its itself just
  let me more most my myself neither no nor not now of off on once only or other ought our ours ourselves out over
  own per same she should so some somebody someone something such than that the their theirs them themselves then
  there these they this those through to too under until up upon us very via was we were what when where whether
  which while who whom whose why will with within without would yes yet you your yours yourself yourselves
  anybody everyone everybody people may might must shall`
    .split(/\s+/)
    .filter(Boolean),
);
