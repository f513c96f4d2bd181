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
