import { STATEMENT_PERMISSIONS, STATEMENT_STATES, STATEMENT_TRANSITIONS, type Role, type StatementAction, type StatementState } from '@wuye/domain';

/** Confirming records the owner's word, so reading statements is enough; the rest is finance's. */
const PERMISSION: Record<StatementAction, string> = { issue: 'statement.manage', confirm: 'statement.read', pay: 'statement.manage' };

const isState = (state: string): state is StatementState => (STATEMENT_STATES as readonly string[]).includes(state);

/**
 * Steps to offer on a statement: the state table allows it now, the viewer holds the permission
 * and one of the roles the domain lets take it (a project manager may prepare but not issue).
 * Whether the month is over is the API's answer.
 */
export function statementSteps(state: string, permissions: readonly string[], roles: readonly string[]): StatementAction[] {
  if (!isState(state)) return [];
  const mine = roles.map((r) => r.toLowerCase() as Role);
  return (Object.keys(STATEMENT_TRANSITIONS[state]) as StatementAction[]).filter(
    (step) => permissions.includes(PERMISSION[step]) && STATEMENT_PERMISSIONS[step].roles.some((role) => mine.includes(role)),
  );
}

/** An issued statement never changes: a mistake on it becomes an adjustment on the next one. */
export const mayCorrect = (state: string, permissions: readonly string[]) => isState(state) && state !== 'draft' && permissions.includes('statement.manage');
