// Rules about the draft itself (its suppression comments, a shape the tool cannot read in full);
// they belong to the tool, not to any pack.
import type { Severity } from '../rules/types';

export interface BuiltinRule {
  id: string;
  title: string;
  severity: Severity;
  message: string;
  restsOn: string[];
}

export const BUILTIN_RULES: BuiltinRule[] = [
  {
    id: 'suppression-without-reason',
    title: 'Suppression without a reason',
    severity: 'warning',
    message: 'This suppression gives no reason. Write one after "--", e.g. <!-- policy-guidance-disable-next-line detainer-hold -- judicial warrant required in section 4 -->.',
    restsOn: [],
  },
  {
    id: 'suppression-unknown-rule',
    title: 'Suppression names an unknown rule',
    severity: 'warning',
    message: 'This suppression names a rule that does not exist.',
    restsOn: [],
  },
  {
    id: 'unused-suppression',
    title: 'Suppression that suppresses nothing',
    severity: 'information',
    message:
      'This suppression suppresses nothing: no finding it names is raised where it applies (the sentence was changed, or the rule no longer fires). Remove it, so that the exceptions register lists only exceptions in force.',
    restsOn: [],
  },
  {
    id: 'jurisdiction-not-covered',
    title: 'Jurisdiction no guidance pack covers',
    severity: 'information',
    message:
      'This draft names a jurisdiction that no guidance pack in use covers, so it was checked against every pack in use: their findings cite their own jurisdiction\'s guidance and law, not this one\'s.',
    restsOn: [],
  },
  {
    id: 'drafting-note',
    title: 'Drafting note left in the draft',
    severity: 'information',
    message:
      'A drafting note is still in the draft: it is live text and would be adopted with it. Resolve it and remove it before adoption (the citation it makes points at guidance, not legal authority).',
    restsOn: [],
  },
  {
    id: 'nesting-too-deep',
    title: 'Nesting too deep',
    severity: 'information',
    message: 'Lists or block quotes here are nested deeper than 32 levels; the text deeper than 32 levels was read as plain text.',
    restsOn: [],
  },
];
