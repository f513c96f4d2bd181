// Command ids, as declared in package.json "contributes.commands".
export const COMMANDS = {
  search: 'policyGuidance.search',
  openEntry: 'policyGuidance.openEntry',
  openRule: 'policyGuidance.openRule',
  insertCitation: 'policyGuidance.insertCitation',
  suppress: 'policyGuidance.suppress',
  openExample: 'policyGuidance.openExample',
  applyFix: 'policyGuidance.applyFix',
  createReport: 'policyGuidance.createReport',
  checkWorkspace: 'policyGuidance.checkWorkspace',
  checkAnyway: 'policyGuidance.checkAnyway',
  raiseLimit: 'policyGuidance.raiseLimit',
  revealFinding: 'policyGuidance.revealFinding',
} as const;

/** A context key: the active draft was not checked because of the size limit (package.json's palette uses it). */
export const OVER_LIMIT_CONTEXT = 'policyGuidance.activeDraftOverLimit';
