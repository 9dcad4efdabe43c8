import { FINDING_ACTIONS, nextFindingState, transitionFinding, type Department, type FindingAction, type FindingState } from '@wuye/domain';
import { viewerActor, type ViewerRoles } from '../common/viewer-actor';

export type FindingSubject = {
  state?: string | null;
  area: string;
  projectId: string;
  inspectorId: string;
  responsibleUserId?: string | null;
  subcontractorId?: string | null;
  actionOwnerId?: string | null;
};

/**
 * The corrective-action steps to offer on a nonconformity: those its state allows and the viewer
 * may take in its project, by the domain's own rule (the person responsible acknowledges, the
 * inspector or the area's supervisor plans, the owner completes, someone else verifies), asked
 * with placeholder inputs so "who may" is never restated here.
 */
export function offeredFindingSteps(f: FindingSubject, viewer: ViewerRoles, now = new Date()): FindingAction[] {
  if (!f.state) return [];
  const state = f.state.toLowerCase() as FindingState;
  const actor = viewerActor(viewer, f.projectId);
  const tomorrow = new Date(now.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
  return FINDING_ACTIONS.filter((action) => nextFindingState(state, action) !== undefined).filter(
    (action) =>
      transitionFinding({
        finding: {
          state,
          area: f.area.toLowerCase() as Department,
          inspectorId: f.inspectorId,
          responsibleUserId: f.responsibleUserId ?? null,
          subcontractorId: f.subcontractorId ?? null,
          actionOwnerId: f.actionOwnerId ?? null,
        },
        action,
        actor,
        now,
        correctiveAction: '-',
        ownerId: '-',
        deadline: tomorrow,
        note: '-',
        reason: '-',
      }).ok,
  );
}
