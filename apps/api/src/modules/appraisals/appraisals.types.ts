import { APPRAISAL_GRADES } from '@wuye/domain';
import { IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { OptionalText, Text } from '../../graphql/validation.js';
import { AppraisalDimensionValue } from '../settings/kpi-settings.types.js';
import { StaffUserView } from '../staff/staff.types.js';

export const AppraisalGradeValue = graphqlEnum('AppraisalGrade', APPRAISAL_GRADES, '优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 < 60');

@ObjectType('AppraisalDimensionScore', { simpleResolvers: true })
export class AppraisalDimensionScoreView {
  @Field(() => AppraisalDimensionValue) dimension!: string;
  @Field({ description: 'derived (from the block’s data) | manager (scored by the project manager)' }) source!: string;
  @Field(() => Int, { nullable: true, description: 'Hundredths of a point: 9650 = 96.50; null until scored' }) scoreHundredths!: number | null;
  @Field(() => Int, { description: 'Percent' }) weight!: number;
}

@ObjectType('AppraisalFacts', { simpleResolvers: true, description: 'What the month’s data says about the housekeeper’s block (组团)' })
export class AppraisalFactsView {
  @Field(() => Int, { description: 'Buildings in the block' }) buildings!: number;
  @Field(() => Int) complaintMilestonesDue!: number;
  @Field(() => Int) complaintMilestonesMet!: number;
  @Field(() => Int) followUpsDue!: number;
  @Field(() => Int) followUpsDone!: number;
  @Field(() => Int) followUpsRated!: number;
  @Field(() => Int) followUpsSatisfied!: number;
}

@ObjectType('HousekeeperAppraisal', { simpleResolvers: true, description: 'A housekeeper’s month (管家考核): derived and manager-scored dimensions, the weighted total and grade' })
export class HousekeeperAppraisalView {
  @Field(() => ID, { nullable: true, description: 'null until first saved' }) id!: string | null;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => StaffUserView, { nullable: true }) housekeeper!: object | null;
  @Field() month!: string;
  @Field(() => [AppraisalDimensionScoreView]) dimensions!: AppraisalDimensionScoreView[];
  @Field(() => Int, { nullable: true }) totalHundredths!: number | null;
  @Field(() => AppraisalGradeValue, { nullable: true }) grade!: string | null;
  @Field(() => [AppraisalDimensionValue], { description: 'Dimensions still to be scored by the manager' }) missing!: string[];
  @Field(() => AppraisalFactsView) facts!: AppraisalFactsView;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field({ description: 'Final: read-only, figures frozen' }) final!: boolean;
  @Field(() => Int, { description: '0 until first saved' }) version!: number;
}

@InputType()
export class AppraisalScoreInput {
  @Field(() => AppraisalDimensionValue) dimension!: string;
  @Field(() => Int, { nullable: true, description: 'Whole points 0–100; null clears it' }) score?: number | null;
}

@InputType()
export class SaveAppraisalInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ID) userId!: string;
  @Field({ description: 'YYYY-MM' }) @Text(7, 7) month!: string;
  @Field(() => Int, { description: '0 for one not yet saved' }) version!: number;
  @Field(() => [AppraisalScoreInput], { description: 'The manager’s scores; derived dimensions cannot be scored' }) @ValidateNested({ each: true }) scores!: AppraisalScoreInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) comment?: string | null;
  @Field({ defaultValue: false, description: 'Make it final (the month must be over and every dimension scored)' }) finalize: boolean = false;
}

@InputType()
export class AssignBlockHousekeeperInput {
  @Field(() => ID) buildingId!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID, { nullable: true, description: 'null: no housekeeper' }) housekeeperId?: string | null;
}
