import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { detectRepeats, type RepeatRecord, type RepeatSettings } from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findOr404, findPage, projectCondition } from '../../db/queries.js';
import { AppError, invalid } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import { translate } from '../../i18n/messages.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { staffWithRole } from '../staff/staff.service.js';
import { Nonconformity } from './nonconformity.entity.js';

const notifications = new NotificationsService();

export interface RepeatSubject {
  companyId: string;
  projectId: string;
  record: RepeatRecord;
  /** Labels (order or complaint numbers) of the records by id, for the nonconformity's list. */
  labels: Map<string, { kind: 'Complaint' | 'ServiceOrder'; label: string }>;
}

/** Nonconformity records: raised by repeat detection, closed by the project manager with a corrective action. */
export class NonconformitiesService {
  /**
   * Runs the domain's repeat rules for a new complaint or a completed repair against the unit's
   * history; each finding raises one record (its key is unique) for the project's managers.
   */
  async raiseRepeats(em: EntityManager, subject: RepeatSubject, history: RepeatRecord[], settings: RepeatSettings, now: Date): Promise<Nonconformity[]> {
    const { findings } = detectRepeats({ record: subject.record, history, settings });
    const raised: Nonconformity[] = [];
    for (const f of findings) {
      const records = f.recordIds.map((id) => ({ id, ...(subject.labels.get(id) ?? { kind: 'Complaint' as const, label: id }) }));
      const row = em.create(Nonconformity, {
        companyId: subject.companyId,
        projectId: subject.projectId,
        source: f.rule,
        key: f.key,
        unitId: subject.record.unitId,
        messageKey: f.messageKey,
        params: { ...f.params },
        records,
      });
      raised.push(row);
    }
    if (!raised.length) return raised;
    await em.flush();
    const managers = await staffWithRole(em, subject.companyId, { role: 'project_manager', projectId: subject.projectId });
    const last = raised[raised.length - 1]!;
    const label = last.records[last.records.length - 1]?.label ?? '';
    await notifications.send(
      em,
      managers.flatMap((recipientId) =>
        raised.map((n) => ({
          companyId: n.companyId,
          projectId: n.projectId,
          recipientId,
          kind: 'nonconformity_raised' as const,
          subjectType: 'Nonconformity' as const,
          subjectId: n.id,
          subjectLabel: label,
          body: translate(n.messageKey, n.params).zh,
          dedupeKey: `nonconformity:${n.id}`,
        })),
      ),
      now,
    );
    return raised;
  }

  list(ctx: Ctx, args: { projectId?: string; open?: boolean; skip: number; take: number }, projects: string[] | null): Promise<Page<Nonconformity>> {
    const where: FilterQuery<Nonconformity> = {};
    const project = projectCondition(projects, args.projectId);
    if (project) where.projectId = project;
    if (args.open != null) where.state = args.open ? 'open' : 'closed';
    return findPage(ctx.em, Nonconformity, where, { createdAt: 'desc' }, args);
  }

  find = (ctx: Ctx, id: string) => findOr404(ctx.em, Nonconformity, id);

  /** Closing needs the corrective/preventive action (纠正预防措施) that answers it. */
  async close(ctx: Ctx, n: Nonconformity, version: number, correctiveAction: string): Promise<Nonconformity> {
    expectVersion(n, version);
    if (n.state !== 'open') throw new AppError('INVALID_STATE', 'error.invalidState');
    if (!correctiveAction.trim()) throw invalid('correctiveAction', 'validation.notEmpty');
    ctx.em.assign(n, { state: 'closed', correctiveAction: correctiveAction.trim(), closedAt: ctx.now, closedById: ctx.user!.id });
    await ctx.em.flush();
    return n;
  }
}
