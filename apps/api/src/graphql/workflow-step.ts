import { Field, ObjectType } from 'type-graphql';
import type { WorkflowStep } from '../db/workflow-step.js';

@ObjectType('WorkflowStep', { simpleResolvers: true, description: 'One step in a record’s history' })
export class WorkflowStepView implements WorkflowStep {
  @Field({ description: 'ISO time' }) at!: string;
  @Field() action!: string;
  @Field(() => String, { nullable: true }) fromState!: string | null;
  @Field() toState!: string;
  @Field() actorName!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}
