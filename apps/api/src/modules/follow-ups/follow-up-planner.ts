import type { EntityManager } from '@mikro-orm/postgresql';
import { planFollowUp, type ComplaintSeverity, type Department, type FollowUpSubject } from '@wuye/domain';
import type { CompanySettings } from '../settings/company-settings.entity.js';
import { FollowUp } from './follow-up.entity.js';

export interface CompletedWork {
  companyId: string;
  projectId: string;
  subject: FollowUpSubject;
  subjectKind: FollowUp['subjectKind'];
  subjectId: string;
  subjectLabel: string;
  unitId: string | null;
  residentId: string | null;
  contactName: string;
  contactPhone: string;
  department: Department | null;
  completedAt: Date;
  severity?: ComplaintSeverity | null;
}

/** Plans the visit for finished work, sampled or not; finishing the same work again plans nothing new. */
export async function planFollowUpVisit(em: EntityManager, work: CompletedWork, settings: CompanySettings): Promise<FollowUp | null> {
  const existing = await em.findOne(FollowUp, { subjectKind: work.subjectKind, subjectId: work.subjectId }, { filters: false });
  if (existing) return null;
  const plan = planFollowUp({
    subject: work.subject,
    subjectId: work.subjectId,
    completedAt: work.completedAt,
    seed: settings.followUpSeed,
    rules: settings.followUpRules,
    severity: work.severity ?? null,
  });
  return em.create(FollowUp, {
    ...work,
    selected: plan.selected,
    bucket: plan.bucket,
    rateBasisPoints: plan.rateBasisPoints,
    visitor: plan.visitor,
    opensAt: plan.opensAt,
    dueAt: plan.closesAt,
    state: plan.selected ? 'planned' : 'not_sampled',
  });
}
