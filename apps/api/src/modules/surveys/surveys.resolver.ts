import { Arg, Args, Ctx as C, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, authorizeFor, readableProjects, staffOf } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { PageArgs } from '../../graphql/pagination.js';
import { ProjectsService } from '../projects/projects.service.js';
import { UnitView } from '../projects/projects.types.js';
import { StaffUserView } from '../staff/staff.types.js';
import type { SatisfactionSurvey, SurveyAction, SurveyResponse } from './survey.entity.js';
import { SurveysService } from './surveys.service.js';
import {
  CompleteSurveyActionInput,
  CreateSurveyInput,
  SatisfactionSurveyPage,
  SatisfactionSurveyView,
  SaveSurveyActionInput,
  SubmitSurveyResponseInput,
  SurveyActionView,
  SurveyAnswerView,
  SurveyPeriodStatusView,
  SurveyResponsePage,
  SurveyResponseView,
  SurveyResultsView,
  SurveysArgs,
  UpdateSurveyInput,
} from './surveys.types.js';

const surveys = new SurveysService();
const projects = new ProjectsService();


@Resolver(() => SatisfactionSurveyView)
export class SurveyResolver {
  @Query(() => SatisfactionSurveyPage, { description: 'Satisfaction surveys, newest first' })
  satisfactionSurveys(@Args() args: SurveysArgs, @C() ctx: Ctx) {
    return surveys.list(ctx, args, readableProjects(ctx, 'survey.read'));
  }

  @Query(() => SatisfactionSurveyView)
  satisfactionSurvey(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    return authorizeFor(ctx, 'survey.read', () => surveys.find(ctx, id));
  }

  @Query(() => SurveyPeriodStatusView, { description: 'Whether the project held its survey this period, and the last one' })
  async surveyPeriodStatus(@Arg('projectId', () => ID) projectId: string, @C() ctx: Ctx) {
    authorize(ctx, 'survey.read', projectId);
    await projects.findProject(ctx, projectId);
    return surveys.periodStatus(ctx, projectId);
  }

  @Mutation(() => SatisfactionSurveyView, { description: 'Open a survey for a period with the company’s current items' })
  async createSatisfactionSurvey(@Arg('input') input: CreateSurveyInput, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'survey.manage', input.projectId);
    return surveys.create(ctx, await projects.findProject(ctx, input.projectId), input);
  }

  @Mutation(() => SatisfactionSurveyView, { description: 'Change the distributed count or closing date, or close it' })
  async updateSatisfactionSurvey(@Arg('input') input: UpdateSurveyInput, @C() ctx: Ctx) {
    staffOf(ctx);
    const survey = await authorizeFor(ctx, 'survey.manage', () => surveys.find(ctx, input.id));
    return surveys.update(ctx, survey, input);
  }

  @Mutation(() => SurveyResponseView, { description: 'One unit’s questionnaire, entered by staff or submitted by a partner app (surveys:write)' })
  async submitSurveyResponse(@Arg('input') input: SubmitSurveyResponseInput, @C() ctx: Ctx) {
    await authorizeFor(ctx, 'survey.respond', () => surveys.find(ctx, input.surveyId));
    return surveys.respond(ctx, input.surveyId, input);
  }

  @Mutation(() => SurveyActionView, { description: 'Add or change an improvement action with its owner and deadline' })
  async saveSurveyAction(@Arg('input') input: SaveSurveyActionInput, @C() ctx: Ctx) {
    staffOf(ctx);
    const survey = await authorizeFor(ctx, 'survey.manage', () => surveys.find(ctx, input.surveyId));
    return surveys.saveAction(ctx, survey, input);
  }

  @Mutation(() => SurveyActionView, { description: 'Record an improvement action as done' })
  async completeSurveyAction(@Arg('input') input: CompleteSurveyActionInput, @C() ctx: Ctx) {
    const user = staffOf(ctx);
    const action = await authorizeFor(ctx, 'survey.read', async () => (await surveys.findAction(ctx, input.id)));
    if (action.ownerId !== user.id) authorize(ctx, 'survey.manage', action.projectId);
    return surveys.completeAction(ctx, action, input);
  }

  @FieldResolver(() => SurveyResultsView)
  results(@Root() s: SatisfactionSurvey, @C() ctx: Ctx) {
    return surveys.results(ctx, s);
  }

  @FieldResolver(() => SurveyResponsePage)
  responses(@Root() s: SatisfactionSurvey, @Args() args: PageArgs, @C() ctx: Ctx) {
    return surveys.responses(ctx, s.id, args);
  }

  @FieldResolver(() => [SurveyActionView])
  actions(@Root() s: SatisfactionSurvey, @C() ctx: Ctx) {
    return surveys.actions(ctx, s.id);
  }
}

@Resolver(() => SurveyResponseView)
export class SurveyResponseResolver {
  @FieldResolver(() => UnitView, { nullable: true })
  unit(@Root() r: SurveyResponse, @C() ctx: Ctx) {
    return ctx.loaders.unit.load(r.unitId);
  }

  @FieldResolver(() => [SurveyAnswerView])
  answers(@Root() r: SurveyResponse) {
    return Object.entries(r.answers).map(([item, level]) => ({ item, level }));
  }
}

@Resolver(() => SurveyActionView)
export class SurveyActionResolver {
  @FieldResolver(() => StaffUserView, { nullable: true })
  owner(@Root() a: SurveyAction, @C() ctx: Ctx) {
    return ctx.loaders.staff.load(a.ownerId);
  }
}
