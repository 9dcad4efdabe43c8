import {
  FINDING_ACTIONS,
  FINDING_RESULTS,
  FINDING_STATES,
  INSPECTION_LEVELS,
  INSPECTION_REPORT_ACTIONS,
  INSPECTION_REPORT_STATES,
  NONCONFORMITY_CLASSES,
} from '@wuye/domain';
import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DepartmentValue, graphqlEnum } from '../../graphql/enums.js';
import { PageArgs } from '../../graphql/pagination.js';
import { WorkflowStepView } from '../../graphql/workflow-step.js';
import { NonEmptyList, OptionalText, Text } from '../../graphql/validation.js';

export const InspectionLevelValue = graphqlEnum('InspectionLevel', INSPECTION_LEVELS, 'Three-level inspection: daily (team leaders), weekly (department managers), monthly (project leader or quality), half-yearly head-office audit');
export const FindingResultValue = graphqlEnum('FindingResult', FINDING_RESULTS);
export const NonconformityClassValue = graphqlEnum('NonconformityClass', NONCONFORMITY_CLASSES, 'serious 严重 / general 一般 / minor 轻微');
export const FindingStateValue = graphqlEnum('FindingState', FINDING_STATES);
export const FindingActionValue = graphqlEnum('FindingAction', FINDING_ACTIONS);
export const InspectionReportStateValue = graphqlEnum('InspectionReportState', INSPECTION_REPORT_STATES);
export const InspectionReportActionValue = graphqlEnum('InspectionReportAction', INSPECTION_REPORT_ACTIONS);
export const ActionTimelinessValue = graphqlEnum('ActionTimeliness', ['open', 'overdue', 'done_on_time', 'done_late'] as const);

// ------------------------------------------------------------ configuration

@ObjectType('ChecklistItem', { simpleResolvers: true, description: 'An item of the company’s inspection checklist for an area' })
export class ChecklistItemView {
  @Field(() => ID) id!: string;
  @Field(() => DepartmentValue) area!: string;
  @Field({ description: 'Problem category of its nonconformities (Pareto chart)' }) category!: string;
  @Field() title!: string;
  @Field() standard!: string;
  @Field(() => Int) sort!: number;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}

@InputType()
export class SaveChecklistItemInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new item' }) id?: string | null;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => DepartmentValue) area!: string;
  @Field() @Text(1, 40) category!: string;
  @Field() @Text(1, 200) title!: string;
  @Field() @Text(1, 200) standard!: string;
  @Field(() => Int, { nullable: true }) sort?: number | null;
  @Field({ defaultValue: true }) active: boolean = true;
}

@ObjectType('InspectionPost', { simpleResolvers: true, description: 'A post (岗位) the daily inspection covers within 3 working days' })
export class InspectionPostView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => DepartmentValue) area!: string;
  @Field() name!: string;
  @Field({ description: 'YYYY-MM-DD it entered the plan' }) since!: string;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}

@InputType()
export class SaveInspectionPostInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => ID) projectId!: string;
  @Field(() => DepartmentValue) area!: string;
  @Field() @Text(1, 60) name!: string;
  @Field({ defaultValue: true }) active: boolean = true;
}

@ObjectType('Subcontractor', { simpleResolvers: true, description: '分包方: its findings count toward its evaluation' })
export class SubcontractorView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [DepartmentValue]) areas!: string[];
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}

@InputType()
export class SaveSubcontractorInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field() @Text(1, 100) name!: string;
  @Field(() => [DepartmentValue]) @NonEmptyList() areas!: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(100) contact?: string | null;
  @Field({ defaultValue: true }) active: boolean = true;
}

// --------------------------------------------------------------- inspections

@ObjectType('InspectionFinding', { simpleResolvers: true, description: 'One checklist item’s result; a nonconformity walks to a verified corrective action' })
export class InspectionFindingView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) inspectionId!: string;
  @Field(() => ID) checklistItemId!: string;
  @Field(() => DepartmentValue) area!: string;
  @Field() category!: string;
  @Field() itemTitle!: string;
  @Field(() => FindingResultValue) result!: string;
  @Field(() => NonconformityClassValue, { nullable: true }) nonconformityClass?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the photo is kept' }) photoRef?: string | null;
  @Field(() => ID, { nullable: true }) responsibleUserId?: string | null;
  @Field(() => ID, { nullable: true }) subcontractorId?: string | null;
  @Field(() => ID) inspectorId!: string;
  @Field() inspectedAt!: Date;
  @Field(() => FindingStateValue, { nullable: true, description: 'null for a pass' }) state?: string | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt?: Date | null;
  @Field(() => String, { nullable: true, description: '纠正预防措施' }) correctiveAction?: string | null;
  @Field(() => ID, { nullable: true }) actionOwnerId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) actionDeadline?: string | null;
  @Field(() => Date, { nullable: true }) actionCompletedAt?: Date | null;
  @Field(() => String, { nullable: true }) completionNote?: string | null;
  @Field(() => Date, { nullable: true }) verifiedAt?: Date | null;
  @Field(() => [WorkflowStepView]) steps!: WorkflowStepView[];
  @Field(() => Int) version!: number;
}

@ObjectType('InspectionFindingPage', { simpleResolvers: true })
export class InspectionFindingPage {
  @Field(() => [InspectionFindingView]) items!: InspectionFindingView[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('Inspection', { simpleResolvers: true, description: 'An inspection record (检查记录)' })
export class InspectionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => InspectionLevelValue) level!: string;
  @Field(() => DepartmentValue) area!: string;
  @Field(() => ID, { nullable: true }) postId?: string | null;
  @Field(() => ID) inspectorId!: string;
  @Field() inspectedAt!: Date;
  @Field({ description: 'The week (its Monday), month or half year it counts for' }) period!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Int) nonconformities!: number;
  @Field() createdAt!: Date;
}

@ObjectType('InspectionPage', { simpleResolvers: true })
export class InspectionPage {
  @Field(() => [InspectionView]) items!: InspectionView[];
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class FindingInput {
  @Field(() => ID) checklistItemId!: string;
  @Field(() => FindingResultValue) result!: string;
  @Field(() => NonconformityClassValue, { nullable: true }) nonconformityClass?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) description?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(300) photoRef?: string | null;
  @Field(() => ID, { nullable: true }) responsibleUserId?: string | null;
  @Field(() => ID, { nullable: true }) subcontractorId?: string | null;
}

@InputType()
export class RecordInspectionInput {
  @Field(() => ID) projectId!: string;
  @Field(() => InspectionLevelValue) level!: string;
  @Field(() => DepartmentValue) area!: string;
  @Field(() => ID, { nullable: true, description: 'The post inspected (daily coverage)' }) postId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Default now' }) inspectedAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) note?: string | null;
  @Field(() => [FindingInput]) @ValidateNested({ each: true }) findings!: FindingInput[];
}

@ArgsType()
export class InspectionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => InspectionLevelValue, { nullable: true }) level?: string;
  @Field(() => DepartmentValue, { nullable: true }) area?: string;
  @Field({ nullable: true, description: 'YYYY-MM' }) @IsOptional() @Text(7, 7) month?: string;
}

@ArgsType()
export class FindingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => [FindingStateValue], { nullable: true }) states?: string[];
  @Field({ nullable: true, description: 'Only corrective actions past their deadline and not done' }) overdue?: boolean;
  @Field({ nullable: true, description: 'Only those the caller must act on: responsible (to acknowledge) or owner (to complete)' }) mine?: boolean;
  @Field(() => ID, { nullable: true }) subcontractorId?: string;
}

@InputType()
export class FindingStepInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => FindingActionValue) action!: string;
  @Field(() => String, { nullable: true, description: 'plan_action' }) @IsOptional() @OptionalText(2000) correctiveAction?: string | null;
  @Field(() => ID, { nullable: true, description: 'plan_action: who carries it out' }) ownerId?: string | null;
  @Field(() => String, { nullable: true, description: 'plan_action: YYYY-MM-DD' }) deadline?: string | null;
  @Field(() => String, { nullable: true, description: 'complete_action: what was done' }) @IsOptional() @OptionalText(2000) note?: string | null;
  @Field(() => String, { nullable: true, description: 'fail_verification' }) @IsOptional() @OptionalText(2000) reason?: string | null;
}

// -------------------------------------------------------------------- plan

@ObjectType('PostCoverage', { simpleResolvers: true })
export class PostCoverageView {
  @Field(() => ID) postId!: string;
  @Field() postName!: string;
  @Field(() => DepartmentValue) area!: string;
  @Field(() => String, { nullable: true }) lastVisitedOn!: string | null;
  @Field({ description: 'Close of business of the last working day the next visit is in time' }) dueBy!: Date;
  @Field({ description: 'covered | overdue' }) status!: string;
}

@ObjectType('MissedInspection', { simpleResolvers: true })
export class MissedInspectionView {
  @Field(() => InspectionLevelValue) level!: string;
  @Field(() => DepartmentValue, { nullable: true, description: 'Weekly inspections are per department' }) area!: string | null;
  @Field() period!: string;
  @Field() firstDay!: string;
  @Field() lastDay!: string;
}

@ObjectType('InspectionPlan', { simpleResolvers: true, description: 'Where the three-level plan stands: daily post coverage and missed periods' })
export class InspectionPlanView {
  @Field(() => ID) projectId!: string;
  @Field() asOf!: Date;
  @Field(() => [PostCoverageView]) posts!: PostCoverageView[];
  @Field(() => [MissedInspectionView], { description: 'Weeks (per department), months and half years of the last year without their inspection' }) missed!: MissedInspectionView[];
}

@ObjectType('SubcontractorEvaluation', { simpleResolvers: true, description: 'A subcontractor’s findings in a period, for its evaluation' })
export class SubcontractorEvaluationView {
  @Field(() => ID) subcontractorId!: string;
  @Field() name!: string;
  @Field(() => Int) nonconformities!: number;
  @Field(() => Int) serious!: number;
  @Field(() => Int) general!: number;
  @Field(() => Int) minor!: number;
  @Field(() => Int, { description: 'Corrective actions not yet verified' }) open!: number;
  @Field(() => Int) overdue!: number;
}

// ------------------------------------------------------------------ report

@ObjectType('CountByKey', { simpleResolvers: true })
export class CountByKeyView {
  @Field() key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('ParetoRow', { simpleResolvers: true })
export class ParetoRowView {
  @Field() category!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int) shareBasisPoints!: number;
  @Field(() => Int) cumulativeCount!: number;
  @Field(() => Int) cumulativeBasisPoints!: number;
  @Field({ description: 'Among the vital few (up to 80 %)' }) vital!: boolean;
}

@ObjectType('CorrectiveActionFigures', { simpleResolvers: true })
export class CorrectiveActionFiguresView {
  @Field(() => Int) total!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) doneOnTime!: number;
  @Field(() => Int) doneLate!: number;
  @Field(() => Int) due!: number;
  @Field(() => Int, { nullable: true }) onTimeBasisPoints!: number | null;
}

@ObjectType('InspectionMonthFigures', { simpleResolvers: true, description: 'What the monthly report is assembled from' })
export class InspectionMonthFiguresView {
  @Field() month!: string;
  @Field(() => [CountByKeyView], { description: 'Inspections by level' }) inspections!: CountByKeyView[];
  @Field(() => Int) itemsChecked!: number;
  @Field(() => Int) passed!: number;
  @Field(() => Int) nonconformities!: number;
  @Field(() => Int, { nullable: true }) passRateBasisPoints!: number | null;
  @Field(() => [CountByKeyView]) byClass!: CountByKeyView[];
  @Field(() => [CountByKeyView]) byArea!: CountByKeyView[];
  @Field(() => [ParetoRowView], { description: 'Nonconformities by category, largest first' }) pareto!: ParetoRowView[];
  @Field(() => CorrectiveActionFiguresView) correctiveActions!: CorrectiveActionFiguresView;
  @Field(() => [SubcontractorEvaluationView]) bySubcontractor!: SubcontractorEvaluationView[];
}

@ObjectType('InspectionReportSections', { simpleResolvers: true })
@InputType('InspectionReportSectionsInput')
export class InspectionReportSectionsView {
  @Field(() => String, { nullable: true, description: '检查时间及方式' }) @IsOptional() @OptionalText(5000) timeAndMethod?: string | null;
  @Field(() => String, { nullable: true, description: '检查情况综述' }) @IsOptional() @OptionalText(5000) summary?: string | null;
  @Field(() => String, { nullable: true, description: '重点问题' }) @IsOptional() @OptionalText(5000) keyProblems?: string | null;
  @Field(() => String, { nullable: true, description: '综合分析' }) @IsOptional() @OptionalText(5000) analysis?: string | null;
  @Field(() => String, { nullable: true, description: '改进建议' }) @IsOptional() @OptionalText(5000) suggestions?: string | null;
}

@ObjectType('InspectionReport', { simpleResolvers: true, description: 'The monthly inspection report (检查月报): written by the project leader, approved by the GM, then read-only' })
export class InspectionReportView {
  @Field(() => ID, { nullable: true, description: 'null until first saved' }) id!: string | null;
  @Field(() => ID) projectId!: string;
  @Field() month!: string;
  @Field(() => InspectionReportStateValue) state!: string;
  @Field(() => InspectionReportSectionsView) sections!: InspectionReportSectionsView;
  @Field(() => InspectionMonthFiguresView, { description: 'Live while a draft; frozen at approval' }) figures!: InspectionMonthFiguresView;
  @Field(() => [InspectionFindingView], { description: 'The month’s serious nonconformities (key problems)' }) keyFindings!: InspectionFindingView[];
  @Field({ description: 'Weekly results summarised by the 5th of the next month' }) weeklySummaryDueOn!: string;
  @Field({ description: 'Submitted after that day, or still not submitted once it has passed' }) late!: boolean;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
  @Field(() => [WorkflowStepView]) steps!: WorkflowStepView[];
  @Field(() => Int, { description: '0 until first saved' }) version!: number;
}

@ObjectType('InspectionReportPage', { simpleResolvers: true })
export class InspectionReportPage {
  @Field(() => [InspectionReportView]) items!: InspectionReportView[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class InspectionReportsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => [InspectionReportStateValue], { nullable: true }) states?: string[];
}

@InputType()
export class SaveInspectionReportInput {
  @Field(() => ID) projectId!: string;
  @Field({ description: 'YYYY-MM' }) @Text(7, 7) month!: string;
  @Field(() => Int, { description: '0 for a report not yet saved' }) version!: number;
  @Field(() => InspectionReportSectionsView) @ValidateNested() sections!: InspectionReportSectionsView;
}

@InputType()
export class InspectionReportStepInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => InspectionReportActionValue) action!: string;
  @Field(() => String, { nullable: true, description: 'return: why' }) @IsOptional() @OptionalText(2000) reason?: string | null;
}
