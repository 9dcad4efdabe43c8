import { Entity, Enum, Filter, Property, Unique, type Opt } from '@mikro-orm/core';
import type { Weekday, WorkingWindow } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';

export enum ProjectKind {
  RESIDENTIAL = 'residential',
  OFFICE = 'office',
}

/** An estate or office building the company manages (项目 / 管理处). */
@Entity({ tableName: 'project' })
@Filter(projectScope('id'))
@Unique({ properties: ['companyId', 'code'] })
export class Project extends VersionedEntity {
  @Property({ length: 32 })
  code!: string;

  @Property({ length: 100 })
  name!: string;

  @Enum({ items: () => ProjectKind, nativeEnumName: 'project_kind' })
  kind!: ProjectKind;

  @Property({ length: 200, nullable: true })
  address?: string | null;

  /** Households under management: the denominator of the complaint rate. */
  @Property({ type: 'integer', default: 0 })
  households: Opt<number> = 0;

  /** Labour rate of the project's staff in fen per hour: the labour part of every cost model. */
  @Property({ type: 'integer', default: 3000 })
  labourRateFenPerHour: Opt<number> = 3000;

  @Property({ length: 64, default: 'Asia/Shanghai' })
  timezone: Opt<string> = 'Asia/Shanghai';

  /** The project's own office hours when they differ from the company's (a 24-hour centre); null = the company's. */
  @Property({ type: 'jsonb', nullable: true })
  workingHours?: Record<Weekday, WorkingWindow[]> | null;
}
