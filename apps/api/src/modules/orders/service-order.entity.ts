import { Entity, Enum, Filter, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import type { OrderCharge, OrderChannel, OrderState, OrderUrgency, PayerKind, ServiceType } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import { CatalogItem } from '../catalog/catalog-item.entity.js';
import { Project } from '../projects/project.entity.js';
import { Unit } from '../projects/unit.entity.js';
import { Resident } from '../residents/resident.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

/**
 * A service order (有偿服务单 / 派工单), README §3. Its state moves only through the
 * domain's transition table; every step is also written to the order's timeline.
 */
@Entity({ tableName: 'service_order' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['projectId', 'number'] })
@Index({ properties: ['companyId', 'projectId', 'state', 'createdAt'] })
@Index({ properties: ['companyId', 'createdAt'] })
// A project's list, newest first, and its count (index only, company checked from the included column).
@Index({
  name: 'service_order_project_created',
  expression: `create index "service_order_project_created" on "service_order" ("project_id", "created_at") include ("company_id")`,
})
@Index({ properties: ['contactPhone', 'channel', 'createdAt'] })
// One order per occurrence of a long-term agreement, however often the job runs.
@Index({
  name: 'service_order_agreement_occurrence',
  expression: `create unique index "service_order_agreement_occurrence" on "service_order" ("agreement_id", "occurrence_at") where "agreement_id" is not null`,
})
// The P&L's aggregation reads completed orders of a project and month from this index alone.
@Index({
  name: 'service_order_pnl',
  expression: `create index "service_order_pnl" on "service_order" ("project_id", "completed_at") include ("catalog_item_id", "paid_fen", "minutes_spent", "materials_cost_fen") where "completed_at" is not null`,
})
// A month's service levels (the KPI) and the breach job read orders by the time a milestone fell due.
@Index({ name: 'service_order_response_due', expression: `create index "service_order_response_due" on "service_order" ("response_due_at", "project_id")` })
@Index({
  name: 'service_order_on_site_due',
  expression: `create index "service_order_on_site_due" on "service_order" ("on_site_due_at") where "on_site_due_at" is not null`,
})
export class ServiceOrder extends VersionedEntity {
  @ManyToOne({ entity: () => Project, mapToPk: true, fieldName: 'project_id' })
  projectId!: string;

  /** e.g. CHHY-20261125-003: project code, Shanghai date, number of the day. */
  @Property({ length: 40 })
  number!: string;

  @ManyToOne({ entity: () => Unit, mapToPk: true, fieldName: 'unit_id', index: true })
  unitId!: string;

  /** Null for a visitor, who is named in contactName only. */
  @ManyToOne({ entity: () => Resident, mapToPk: true, fieldName: 'resident_id', nullable: true, index: true })
  residentId?: string | null;

  @Property({ length: 50 })
  contactName!: string;

  @Property({ length: 20 })
  contactPhone!: string;

  @Enum({ items: ['owner', 'tenant', 'visitor'], nativeEnumName: 'payer_kind' })
  payerKind!: PayerKind;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: ['phone', 'walk_in', 'app'], nativeEnumName: 'order_channel' })
  channel!: OrderChannel;

  @Enum({ items: ['repair', 'cleaning', 'errand', 'housekeeping', 'other'], nativeEnumName: 'service_type' })
  serviceType!: ServiceType;

  @Enum({ items: ['paid', 'free'], nativeEnumName: 'order_charge' })
  charge!: OrderCharge;

  @Enum({ items: ['normal', 'emergency'], nativeEnumName: 'order_urgency' })
  urgency!: OrderUrgency;

  @Enum({
    items: ['registered', 'quoted', 'accepted', 'dispatched', 'assigned', 'in_progress', 'completed', 'settled', 'closed', 'declined', 'cancelled', 'rejected'],
    nativeEnumName: 'order_state',
  })
  state: Opt<OrderState> = 'registered';

  /** The main catalog item (first catalog line of the quote), for lists and profitability. */
  @ManyToOne({ entity: () => CatalogItem, mapToPk: true, fieldName: 'catalog_item_id', nullable: true })
  catalogItemId?: string | null;

  /** Who took the request; null when a partner app filed it. */
  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'taken_by_id', nullable: true })
  takenById?: string | null;

  @Property({ type: 'uuid', nullable: true })
  apiKeyId?: string | null;

  /** The supervisor it is dispatched to (assignee). */
  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'supervisor_id', nullable: true, index: true })
  supervisorId?: string | null;

  /** The worker who does it (executor), never the supervisor. */
  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'worker_id', nullable: true, index: true })
  workerId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  appointmentStart?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  appointmentEnd?: Date | null;

  @Property({ type: 'integer', default: 0 })
  quoteVersion: Opt<number> = 0;

  @Property({ type: 'integer', nullable: true })
  quoteTotalFen?: number | null;

  @Property({ type: 'integer', nullable: true })
  consentQuoteVersion?: number | null;

  @Property({ type: 'datetime', nullable: true })
  consentAt?: Date | null;

  /** How the resident consented: paper signature recorded by staff, in person, by phone, in the app. */
  @Property({ length: 20, nullable: true })
  consentMethod?: string | null;

  @Property({ length: 50, nullable: true })
  consentBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  verbalConsentAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  prepaidFen: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  paidFen: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;

  /** Labour minutes the worker recorded: the labour cost of the order. */
  @Property({ type: 'integer', nullable: true })
  minutesSpent?: number | null;

  /** 1–5 at sign-off; 1–2 count as dissatisfied. */
  @Property({ type: 'integer', nullable: true })
  rating?: number | null;

  @Property({ type: 'text', nullable: true })
  signOffComment?: string | null;

  @Property({ type: 'datetime', nullable: true })
  settledAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  /** Cancellation, rejection or decline reason as told to the resident. */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** Set on orders a long-term agreement generated, with the occurrence they serve. */
  @Property({ type: 'uuid', nullable: true })
  agreementId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  occurrenceAt?: Date | null;

  /** Materials issued against signed requisitions: the order's material cost. */
  @Property({ type: 'integer', default: 0 })
  materialsCostFen: Opt<number> = 0;

  /** End-of-day review (README §3.8): why it is not signed off yet and when it will be. */
  @Property({ type: 'text', nullable: true })
  eodReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  eodExpectedFinishAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  eodNotedAt?: Date | null;

  /** Clock-hour service levels: respond within 4 h, emergencies on site within 30 min. */
  @Property({ type: 'datetime' })
  responseDueAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  onSiteDueAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  respondedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  onSiteAt?: Date | null;

  /** Milestones whose breach has been handed to the KPI rules, so the breach job proposes each once. */
  @Property({ type: 'jsonb', default: '[]' })
  slaBreaches: Opt<string[]> = [];
}
