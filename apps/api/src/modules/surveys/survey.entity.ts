import { Entity, Filter, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import type { SatisfactionLevel, SurveyItem } from '@wuye/domain';
import { projectScope, TenantEntity, VersionedEntity } from '../../db/base.entity.js';

export type SurveyState = 'open' | 'closed';

/**
 * A resident satisfaction survey (满意度调查) of a project for a period ("2026", "2026-H1").
 * Its items are copied from the company's list when it is created, so editing the list later does
 * not change a survey already out.
 */
@Entity({ tableName: 'satisfaction_survey' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['projectId', 'period'] })
export class SatisfactionSurvey extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ length: 7 })
  period!: string;

  @Property({ length: 100 })
  title!: string;

  @Property({ type: 'jsonb' })
  items!: SurveyItem[];

  /** Questionnaires handed out. */
  @Property({ type: 'integer' })
  distributed!: number;

  @Property({ type: 'date' })
  opensOn!: string;

  @Property({ type: 'date' })
  closesOn!: string;

  @Property({ length: 8 })
  state: Opt<SurveyState> = 'open';

  /** Responses so far (kept with each response in the same transaction, for lists). */
  @Property({ type: 'integer' })
  returned: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}

/** One unit's questionnaire, entered by staff or submitted by a partner app. One per unit and survey. */
@Entity({ tableName: 'survey_response' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['surveyId', 'unitId'] })
export class SurveyResponse extends TenantEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid' })
  surveyId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'jsonb' })
  answers!: Record<string, SatisfactionLevel | null>;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  /** staff | partner */
  @Property({ length: 8 })
  source!: 'staff' | 'partner';

  @Property({ type: 'uuid', nullable: true })
  enteredById?: string | null;

  @Property({ type: 'uuid', nullable: true })
  apiKeyId?: string | null;
}

/** An improvement action (整改措施) the survey's results call for, with an owner and a deadline. */
@Entity({ tableName: 'survey_action' })
@Filter(projectScope('projectId'))
@Index({ properties: ['surveyId'] })
export class SurveyAction extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid' })
  surveyId!: string;

  /** The item it improves, if one. */
  @Property({ length: 40, nullable: true })
  itemCode?: string | null;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'uuid' })
  ownerId!: string;

  @Property({ type: 'date' })
  deadline!: string;

  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  doneNote?: string | null;
}
