import { INSPECTION_AREAS, INSPECTION_LEVELS, mayInspect, type Department as DomainDepartment, type InspectionLevel as DomainLevel } from '@wuye/domain';
import type { Department, InspectionLevel } from '@wuye/schema';
import { viewerActor, type ViewerRoles } from '../common/viewer-actor';

/** The areas in the procedures' order (客服, 工程, 保洁, 绿化, 秩序). */
export const AREAS: readonly Department[] = INSPECTION_AREAS.map((a) => a.toUpperCase() as Department);

/**
 * Which levels and areas the viewer may inspect in a project, by the domain's own rule (daily: the
 * area's team leader; weekly: also the project manager; monthly: the project manager or quality;
 * the half-yearly audit: quality or the GM), so the form offers only what the API would accept.
 */
export function inspectableAreas(viewer: ViewerRoles, projectId: string, level: InspectionLevel): Department[] {
  const actor = viewerActor(viewer, projectId);
  return INSPECTION_AREAS.filter((area) => mayInspect(actor, level.toLowerCase() as DomainLevel, area as DomainDepartment)).map((a) => a.toUpperCase() as Department);
}

export function inspectableLevels(viewer: ViewerRoles, projectId: string): InspectionLevel[] {
  return INSPECTION_LEVELS.map((l) => l.toUpperCase() as InspectionLevel).filter((level) => inspectableAreas(viewer, projectId, level).length > 0);
}
