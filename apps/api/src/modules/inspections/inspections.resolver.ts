import { monthRange, type Department, type InspectionReportAction } from '@wuye/domain';
import { Arg, Args, Ctx as C, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, authorizeCompanyWide, authorizeFor, readableProjects, staffOf } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { monthArg } from '../../graphql/validation.js';
import { DepartmentValue } from '../../graphql/enums.js';
import { invalid } from '../../graphql/errors.js';
import { ProjectsService } from '../projects/projects.service.js';
import { StaffUserView } from '../staff/staff.types.js';
import type { InspectionReport } from './inspection-report.entity.js';
import { InspectionReportsService } from './inspection-reports.service.js';
import { InspectionSetupService } from './inspection-setup.service.js';
import type { Inspection, InspectionFinding } from './inspection.entity.js';
import { InspectionsService } from './inspections.service.js';
import {
  ActionTimelinessValue,
  ChecklistItemView,
  FindingsArgs,
  FindingStepInput,
  InspectionFindingPage,
  InspectionFindingView,
  InspectionPage,
  InspectionPlanView,
  InspectionPostView,
  InspectionReportPage,
  InspectionReportStepInput,
  InspectionReportView,
  InspectionReportsArgs,
  InspectionsArgs,
  InspectionView,
  RecordInspectionInput,
  SaveChecklistItemInput,
  SaveInspectionPostInput,
  SaveInspectionReportInput,
  SaveSubcontractorInput,
  SubcontractorEvaluationView,
  SubcontractorView,
} from './inspections.types.js';

const inspections = new InspectionsService();
const setup = new InspectionSetupService();
const reports = new InspectionReportsService();
const projects = new ProjectsService();



@Resolver(() => InspectionView)
export class InspectionResolver {
  @Query(() => [ChecklistItemView], { description: 'The company’s inspection checklist, by area' })
  inspectionChecklist(
    @Arg('area', () => DepartmentValue, { nullable: true }) area: string | null,
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
    @C() ctx: Ctx,
  ) {
    staffOf(ctx);
    authorize(ctx, 'inspection.read');
    return setup.checklist(ctx, (area ?? null) as Department | null, includeInactive);
  }

  @Mutation(() => ChecklistItemView, { description: 'Add or edit a checklist item (GM, quality); switch it off rather than delete it' })
  saveChecklistItem(@Arg('input') input: SaveChecklistItemInput, @C() ctx: Ctx) {
    staffOf(ctx);
    authorizeCompanyWide(ctx, 'inspection.configure');
    return setup.saveChecklistItem(ctx, input);
  }

  @Query(() => [InspectionPostView], { description: 'A project’s posts for the daily inspection' })
  inspectionPosts(@Arg('projectId', () => ID) projectId: string, @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'inspection.read', projectId);
    return setup.posts(ctx, projectId, includeInactive);
  }

  @Mutation(() => InspectionPostView, { description: 'Add or edit a post (the project manager, quality, the GM)' })
  async saveInspectionPost(@Arg('input') input: SaveInspectionPostInput, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'inspection.configure', input.projectId);
    await projects.findProject(ctx, input.projectId);
    return setup.savePost(ctx, input);
  }

  @Query(() => [SubcontractorView])
  subcontractors(@Arg('includeInactive', { defaultValue: false }) includeInactive: boolean, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'inspection.read');
    return setup.subcontractors(ctx, includeInactive);
  }

  @Mutation(() => SubcontractorView, { description: 'Add or edit a subcontractor (GM, quality)' })
  saveSubcontractor(@Arg('input') input: SaveSubcontractorInput, @C() ctx: Ctx) {
    staffOf(ctx);
    authorizeCompanyWide(ctx, 'inspection.configure');
    return setup.saveSubcontractor(ctx, input);
  }

  @Query(() => InspectionPage, { description: 'Inspection records, newest first' })
  inspections(@Args() args: InspectionsArgs, @C() ctx: Ctx) {
    staffOf(ctx);
    if (args.month) monthArg(args.month);
    return inspections.list(ctx, args, readableProjects(ctx, 'inspection.read'));
  }

  @Query(() => InspectionView)
  async inspection(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    staffOf(ctx);
    return authorizeFor(ctx, 'inspection.read', () => inspections.find(ctx, id));
  }

  @Mutation(() => InspectionView, { description: 'Record an inspection with a finding per checklist item checked' })
  async recordInspection(@Arg('input') input: RecordInspectionInput, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'inspection.record', input.projectId);
    return inspections.record(ctx, await projects.findProject(ctx, input.projectId), input);
  }

  @Query(() => InspectionPlanView, { description: 'Daily post coverage and the weeks, months and half years missed' })
  async inspectionPlan(@Arg('projectId', () => ID) projectId: string, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'inspection.read', projectId);
    return inspections.plan(ctx, await projects.findProject(ctx, projectId));
  }

  @Query(() => [SubcontractorEvaluationView], { description: 'Subcontractors’ nonconformities in the months from–to (inclusive), for their evaluation' })
  subcontractorEvaluation(@Arg('from') from: string, @Arg('to') to: string, @C() ctx: Ctx) {
    staffOf(ctx);
    const projectsRead = readableProjects(ctx, 'inspection.read');
    if (monthArg(from, 'from') > monthArg(to, 'to')) throw invalid('to', 'validation.invalid');
    return inspections.subcontractorEvaluation(ctx, projectsRead, monthRange(from).start, monthRange(to).end);
  }

  @Query(() => InspectionFindingPage, { description: 'The corrective-action tracker: nonconformities, open first by deadline' })
  inspectionFindings(@Args() args: FindingsArgs, @C() ctx: Ctx) {
    staffOf(ctx);
    return inspections.findings(ctx, args, readableProjects(ctx, 'inspection.read'));
  }

  @Query(() => InspectionFindingPage, { description: 'Nonconformities the caller must act on: to acknowledge, or corrective actions they own' })
  myInspectionFindings(@Args() args: FindingsArgs, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'inspection.act');
    return inspections.findings(ctx, { ...args, mine: true }, null);
  }

  @Mutation(() => InspectionFindingView, { description: 'Acknowledge (the person responsible), plan the corrective action, report it done (its owner), verify or fail it (the inspector)' })
  async stepInspectionFinding(@Arg('input') input: FindingStepInput, @C() ctx: Ctx) {
    staffOf(ctx);
    const finding = await authorizeFor(ctx, 'inspection.act', () => inspections.findFinding(ctx, input.id));
    return inspections.step(ctx, finding, input);
  }

  @Query(() => InspectionReportView, { description: 'A project’s monthly inspection report: the saved one, or a draft assembled from the month' })
  async inspectionReport(@Arg('projectId', () => ID) projectId: string, @Arg('month') m: string, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'inspectionReport.read', projectId);
    await projects.findProject(ctx, projectId);
    return reports.view(ctx, projectId, monthArg(m));
  }

  @Query(() => InspectionReportPage, { description: 'Monthly inspection reports (the GM’s approval inbox: state SUBMITTED)' })
  async inspectionReports(@Args() args: InspectionReportsArgs, @C() ctx: Ctx) {
    staffOf(ctx);
    const page = await reports.list(ctx, args, readableProjects(ctx, 'inspectionReport.read'));
    return { items: await Promise.all(page.items.map((r: InspectionReport) => reports.view(ctx, r.projectId, r.month, r))), totalCount: page.totalCount };
  }

  @Mutation(() => InspectionReportView, { description: 'Write the sections of the draft (the project leader or quality)' })
  async saveInspectionReport(@Arg('input') input: SaveInspectionReportInput, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'inspectionReport.write', input.projectId);
    const project = await projects.findProject(ctx, input.projectId);
    const report = await reports.save(ctx, project, monthArg(input.month), input.version, input.sections);
    return reports.view(ctx, report.projectId, report.month, report);
  }

  @Mutation(() => InspectionReportView, { description: 'Submit (every section written), approve (the GM) or return with a reason' })
  async stepInspectionReport(@Arg('input') input: InspectionReportStepInput, @C() ctx: Ctx) {
    staffOf(ctx);
    const report = await authorizeFor(ctx, 'inspectionReport.write', () => reports.find(ctx, input.id));
    const stepped = await reports.step(ctx, report, input.version, input.action as InspectionReportAction, input.reason ?? null);
    return reports.view(ctx, stepped.projectId, stepped.month, stepped);
  }

  @FieldResolver(() => StaffUserView, { nullable: true })
  inspector(@Root() i: Inspection, @C() ctx: Ctx) {
    return ctx.loaders.staff.load(i.inspectorId);
  }

  @FieldResolver(() => InspectionPostView, { nullable: true })
  post(@Root() i: Inspection, @C() ctx: Ctx) {
    return i.postId ? setup.post(ctx, i.postId) : null;
  }

  @FieldResolver(() => [InspectionFindingView])
  findings(@Root() i: Inspection, @C() ctx: Ctx) {
    return inspections.findingsOf(ctx, i.id);
  }
}

@Resolver(() => InspectionFindingView)
export class InspectionFindingResolver {
  @FieldResolver(() => StaffUserView, { nullable: true })
  responsible(@Root() f: InspectionFinding, @C() ctx: Ctx) {
    return f.responsibleUserId ? ctx.loaders.staff.load(f.responsibleUserId) : null;
  }

  @FieldResolver(() => StaffUserView, { nullable: true })
  actionOwner(@Root() f: InspectionFinding, @C() ctx: Ctx) {
    return f.actionOwnerId ? ctx.loaders.staff.load(f.actionOwnerId) : null;
  }

  @FieldResolver(() => StaffUserView, { nullable: true })
  inspector(@Root() f: InspectionFinding, @C() ctx: Ctx) {
    return ctx.loaders.staff.load(f.inspectorId);
  }

  @FieldResolver(() => SubcontractorView, { nullable: true })
  subcontractor(@Root() f: InspectionFinding, @C() ctx: Ctx) {
    return f.subcontractorId ? setup.subcontractor(ctx, f.subcontractorId) : null;
  }

  @FieldResolver(() => ActionTimelinessValue, { nullable: true, description: 'The corrective action against its deadline; overdue ones are flagged' })
  timeliness(@Root() f: InspectionFinding, @C() ctx: Ctx) {
    return inspections.timeliness(f, ctx.now);
  }
}
