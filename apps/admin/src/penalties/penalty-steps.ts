import { allowedPenaltyActions, transitionPenalty, type Department, type PenaltyAction, type PenaltyRule, type PenaltyState } from '@wuye/domain';
import { viewerActor, type ViewerRoles } from '../common/viewer-actor';

export type PenaltySubject = {
  state: string;
  rule: string;
  userId: string;
  department?: string | null;
  projectId: string;
  confirmedAt?: string | null;
};

/** The review steps: the person's own appeal is offered on their scorecard, by the API's `appealable`. */
export const REVIEW_STEPS: readonly PenaltyAction[] = ['confirm', 'dismiss', 'uphold', 'overturn'];

/**
 * The review steps to offer on an entry: those the domain's table allows from its state and the
 * viewer may take in its project (the domain's own rule, asked with placeholder reasons, so "who
 * may" is never restated here). Whether the viewer confirmed it themselves is not in the API's
 * view of an entry; that refusal is left to the API.
 */
export function offeredPenaltySteps(entry: PenaltySubject, viewer: ViewerRoles, now = new Date()): PenaltyAction[] {
  const state = entry.state.toLowerCase() as PenaltyState;
  const actor = viewerActor(viewer, entry.projectId);
  return allowedPenaltyActions(state)
    .filter((action) => REVIEW_STEPS.includes(action))
    .filter((action) => {
      const result = transitionPenalty({
        entry: {
          state,
          rule: entry.rule.toLowerCase() as PenaltyRule,
          userId: entry.userId,
          department: entry.department ? (entry.department.toLowerCase() as Department) : null,
          confirmedAt: entry.confirmedAt ? new Date(entry.confirmedAt) : null,
          confirmedBy: null,
        },
        action,
        actor,
        now,
        reason: '-',
        delayCause: action === 'dismiss' ? 'objective' : 'subjective',
      });
      return result.ok;
    });
}

