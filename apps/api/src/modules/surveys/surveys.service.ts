import { LockMode, type FilterQuery } from '@mikro-orm/postgresql';
import {
  isLocalDate,
  SATISFACTION_LEVELS,
  shanghaiDate,
  shanghaiInstant,
  surveyPeriodStatus,
  surveyResults,
  validateSurveyResponse,
  type SatisfactionLevel,
} from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404, findPage, idOrNone, projectCondition } from '../../db/queries.js';
import { AppError, domainError, invalid, notFound } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import type { Project } from '../projects/project.entity.js';
import { Unit } from '../projects/unit.entity.js';
import { kpiConfig } from '../settings/kpi-settings.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { SatisfactionSurvey, SurveyAction, SurveyResponse } from './survey.entity.js';
import type { CompleteSurveyActionInput, CreateSurveyInput, SaveSurveyActionInput, SubmitSurveyResponseInput, SurveysArgs, UpdateSurveyInput } from './surveys.types.js';
import { emitSurveyResponseReceived } from '../webhooks/emit.js';

const PERIOD = /^(\d{4})(?:-H([12]))?$/;

function surveyTitle(period: string): string {
  const [, year, half] = PERIOD.exec(period)!;
  return half ? `${year}年${half === '1' ? '上' : '下'}半年业户满意度调查` : `${year}年度业户满意度调查`;
}

/** Resident satisfaction surveys (README §7): one per project and period, one questionnaire per unit. */
export class SurveysService {
  find = (ctx: Ctx, id: string) => findOr404(ctx.em, SatisfactionSurvey, id);
  findAction = (ctx: Ctx, id: string) => findOr404(ctx.em, SurveyAction, id);

  list(ctx: Ctx, args: SurveysArgs, projects: string[] | null): Promise<Page<SatisfactionSurvey>> {
    const where: FilterQuery<SatisfactionSurvey> = {};
    const project = projectCondition(projects, args.projectId);
    if (project) where.projectId = project;
    if (args.state) where.state = args.state as SatisfactionSurvey['state'];
    return findPage(ctx.em, SatisfactionSurvey, where, { opensOn: 'desc' }, args);
  }

  async create(ctx: Ctx, project: Project, input: CreateSurveyInput): Promise<SatisfactionSurvey> {
    if (!PERIOD.test(input.period)) throw invalid('period', 'survey.periodInvalid');
    if (!isLocalDate(input.opensOn)) throw invalid('opensOn', 'validation.date');
    if (!isLocalDate(input.closesOn)) throw invalid('closesOn', 'validation.date');
    if (input.closesOn < input.opensOn) throw invalid('closesOn', 'survey.datesInvalid');
    if (!Number.isSafeInteger(input.distributed) || input.distributed < 1) throw invalid('distributed', 'validation.min', { min: 1 });
    if (await ctx.em.count(SatisfactionSurvey, { projectId: project.id, period: input.period })) throw invalid('period', 'survey.periodTaken');
    const { surveyItems } = await kpiConfig(ctx);
    const survey = ctx.em.create(SatisfactionSurvey, {
      companyId: project.companyId,
      projectId: project.id,
      period: input.period,
      title: input.title?.trim() || surveyTitle(input.period),
      items: surveyItems.map((i) => ({ ...i })),
      distributed: input.distributed,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
    });
    await ctx.em.flush();
    return survey;
  }

  async update(ctx: Ctx, survey: SatisfactionSurvey, input: UpdateSurveyInput): Promise<SatisfactionSurvey> {
    expectVersion(survey, input.version);
    if (survey.state === 'closed') throw new AppError('INVALID_STATE', 'survey.closed');
    if (input.distributed != null) {
      if (!Number.isSafeInteger(input.distributed) || input.distributed < survey.returned) {
        throw invalid('distributed', 'survey.returnedExceedsDistributed', { returned: survey.returned });
      }
      survey.distributed = input.distributed;
    }
    if (input.closesOn != null) {
      if (!isLocalDate(input.closesOn)) throw invalid('closesOn', 'validation.date');
      if (input.closesOn < survey.opensOn) throw invalid('closesOn', 'survey.datesInvalid');
      survey.closesOn = input.closesOn;
    }
    if (input.title?.trim()) survey.title = input.title.trim();
    if (input.close) Object.assign(survey, { state: 'closed', closedAt: ctx.now });
    await ctx.em.flush();
    return survey;
  }

  /**
   * One unit's questionnaire, from staff or a partner app. The survey row is locked while the
   * response is stored, so the returned count stays exact and never passes the distributed one.
   */
  async respond(ctx: Ctx, surveyId: string, input: SubmitSurveyResponseInput): Promise<SurveyResponse> {
    return ctx.em.transactional(async (em) => {
      const survey = await em.findOne(SatisfactionSurvey, { id: idOrNone(surveyId) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!survey) throw notFound('SatisfactionSurvey');
      if (survey.state === 'closed') throw new AppError('INVALID_STATE', 'survey.closed');
      const unit = await findById(em, Unit, input.unitId);
      if (!unit || unit.projectId !== survey.projectId) throw invalid('unitId', 'survey.unitNotInProject');
      const answers: Record<string, SatisfactionLevel | null> = {};
      for (const [i, a] of input.answers.entries()) {
        if (Object.hasOwn(answers, a.item)) throw invalid(`answers.${i}.item`, 'validation.duplicateEntry');
        answers[a.item] = (a.level ?? null) as SatisfactionLevel | null;
      }
      const issue = validateSurveyResponse({ unitId: unit.id, answers, comment: input.comment }, survey.items)[0];
      if (issue) throw domainError(issue);
      if (await em.count(SurveyResponse, { surveyId: survey.id, unitId: unit.id })) throw new AppError('CONFLICT', 'survey.unitAnswered', {}, 'unitId');
      if (survey.returned >= survey.distributed) throw invalid('surveyId', 'survey.returnedExceedsDistributed', { returned: survey.returned + 1 });
      const response = em.create(SurveyResponse, {
        companyId: survey.companyId,
        projectId: survey.projectId,
        surveyId: survey.id,
        unitId: unit.id,
        answers,
        comment: input.comment?.trim() || null,
        source: ctx.apiKey ? 'partner' : 'staff',
        enteredById: ctx.user?.id ?? null,
        apiKeyId: ctx.apiKey?.id ?? null,
      });
      survey.returned += 1;
      emitSurveyResponseReceived(em, response, ctx.now);
      await em.flush();
      return response;
    });
  }

  responses(ctx: Ctx, surveyId: string, args: { skip: number; take: number }): Promise<Page<SurveyResponse>> {
    return findPage(ctx.em, SurveyResponse, { surveyId: idOrNone(surveyId) }, { createdAt: 'desc' }, args);
  }

  async results(ctx: Ctx, survey: SatisfactionSurvey) {
    const responses = await ctx.em.find(SurveyResponse, { surveyId: survey.id }, { orderBy: { createdAt: 'desc', id: 'asc' } });
    const r = surveyResults({ items: survey.items, distributed: survey.distributed, responses: responses.map((x) => ({ unitId: x.unitId, answers: x.answers, comment: x.comment })) });
    const labels = new Map(survey.items.map((i) => [i.code, i]));
    return {
      distributed: r.distributed,
      returned: r.returned,
      responseRateBasisPoints: r.responseRateBasisPoints,
      overall: r.overall,
      items: r.items.map((i) => ({
        ...i,
        zh: labels.get(i.code)?.zh ?? i.code,
        en: labels.get(i.code)?.en ?? i.code,
        distribution: SATISFACTION_LEVELS.map((level) => ({ level, count: i.distribution[level] })),
      })),
      withComments: r.withComments,
      comments: responses.flatMap((x) => (x.comment ? [x.comment] : [])).slice(0, 50),
    };
  }

  actions = (ctx: Ctx, surveyId: string) => ctx.em.find(SurveyAction, { surveyId }, { orderBy: { deadline: 'asc', id: 'asc' } });

  async saveAction(ctx: Ctx, survey: SatisfactionSurvey, input: SaveSurveyActionInput): Promise<SurveyAction> {
    if (!isLocalDate(input.deadline)) throw invalid('deadline', 'validation.date');
    if (input.itemCode && !survey.items.some((i) => i.code === input.itemCode)) throw invalid('itemCode', 'kpi.survey.itemUnknown', { item: input.itemCode });
    const owner = await findById(ctx.em, StaffUser, input.ownerId);
    if (!owner || !owner.active || !owner.roles.some((r) => r.projectId === survey.projectId)) throw invalid('ownerId', 'kpi.userNotInProject');
    const fields = { itemCode: input.itemCode ?? null, action: input.action.trim(), ownerId: owner.id, deadline: input.deadline };
    if (input.id) {
      const a = await findOr404(ctx.em, SurveyAction, input.id);
      if (a.surveyId !== survey.id) throw notFound('SurveyAction');
      expectVersion(a, input.version ?? -1);
      if (a.doneAt) throw new AppError('INVALID_STATE', 'survey.actionDone');
      ctx.em.assign(a, fields);
      await ctx.em.flush();
      return a;
    }
    if (input.deadline < shanghaiDate(ctx.now)) throw invalid('deadline', 'kpi.finding.deadlineInPast');
    const a = ctx.em.create(SurveyAction, { ...fields, companyId: survey.companyId, projectId: survey.projectId, surveyId: survey.id });
    await ctx.em.flush();
    return a;
  }

  async completeAction(ctx: Ctx, a: SurveyAction, input: CompleteSurveyActionInput): Promise<SurveyAction> {
    expectVersion(a, input.version);
    if (a.doneAt) throw new AppError('INVALID_STATE', 'survey.actionDone');
    Object.assign(a, { doneAt: ctx.now, doneNote: input.note.trim() });
    await ctx.em.flush();
    return a;
  }

  async periodStatus(ctx: Ctx, projectId: string) {
    const [surveys, { surveyFrequency }] = await Promise.all([ctx.em.find(SatisfactionSurvey, { projectId }, { fields: ['opensOn'] }), kpiConfig(ctx)]);
    return surveyPeriodStatus({ frequency: surveyFrequency, surveyedAt: surveys.map((s) => shanghaiInstant(s.opensOn)), asOf: ctx.now });
  }
}
