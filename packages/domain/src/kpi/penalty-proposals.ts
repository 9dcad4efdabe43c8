import type { MessageParams } from '../catalog/catalog-messages.js';
import type { ComplaintCategory } from '../complaints/complaint-classification.js';
import type { ComplaintMilestone } from '../complaints/complaint-clocks.js';
import type { OrderMilestone } from '../orders/service-levels.js';
import { shanghaiMonthKey, type MonthKey } from '../profitability/month-key.js';
import type { KpiMessageKey } from './kpi-messages.js';
import { DEFAULT_KPI_SETTINGS, requireKpiSettings, type KpiSettings, type PenaltyRule } from './penalty-rules.js';

/** What an entry points at, so nothing is lost: the record the penalty is about. */
export const EVIDENCE_TYPES = ['order', 'complaint', 'inspection', 'follow_up'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export interface EvidenceLink {
  readonly type: EvidenceType;
  readonly id: string;
}

export function isEvidenceLink(value: unknown): value is EvidenceLink {
  if (typeof value !== 'object' || value === null) return false;
  const { type, id } = value as Record<string, unknown>;
  return typeof type === 'string' && (EVIDENCE_TYPES as readonly string[]).includes(type) && typeof id === 'string' && id.trim() !== '';
}

/**
 * The events that propose penalty points (issue 7), described by the API
 * from what happened. `responsible…` ids are who the procedures hold
 * responsible; null means nobody can be named (an order breached before a
 * worker was assigned…), and nothing is proposed.
 *
 * - order_signed_off: the resident signed off with a rating 1–5;
 * - order_deadline_breached / complaint_deadline_breached: a service-level
 *   milestone passed its due time unmet. The complaint's developer_response
 *   milestone is the developer's, not our staff's, and proposes nothing;
 * - work_started_without_consent: work began before the resident agreed to the
 *   current quote (and without an emergency's recorded verbal consent);
 * - materials_issued_without_signed_requisition: stock went out on a
 *   requisition the supervisor had not signed;
 * - private_charging_reported: a follow-up visit or a complaint reports that a
 *   member of staff charged privately, took a gift or waived a fee for a favour;
 * - complaint_about_service: a valid category-1 complaint (our service fell
 *   short) about work a member of staff did — "the service causes a complaint".
 */
export type KpiEvent =
  | {
      readonly kind: 'order_signed_off';
      readonly orderId: string;
      readonly workerId: string | null;
      readonly rating: number;
      readonly occurredAt: Date;
    }
  | {
      readonly kind: 'order_deadline_breached';
      readonly orderId: string;
      readonly milestone: OrderMilestone;
      readonly responsibleUserId: string | null;
      /** The due time that passed. */
      readonly occurredAt: Date;
    }
  | {
      readonly kind: 'complaint_deadline_breached';
      readonly complaintId: string;
      readonly milestone: ComplaintMilestone;
      readonly responsibleUserId: string | null;
      readonly occurredAt: Date;
    }
  | {
      readonly kind: 'work_started_without_consent';
      readonly orderId: string;
      readonly workerId: string | null;
      readonly occurredAt: Date;
    }
  | {
      readonly kind: 'materials_issued_without_signed_requisition';
      readonly orderId: string;
      readonly requisitionId: string;
      /** Who issued (or drew) the stock without the signature. */
      readonly responsibleUserId: string | null;
      readonly occurredAt: Date;
    }
  | {
      readonly kind: 'private_charging_reported';
      readonly source: { readonly type: 'follow_up' | 'complaint'; readonly id: string };
      readonly accusedUserId: string | null;
      readonly occurredAt: Date;
    }
  | {
      readonly kind: 'complaint_about_service';
      readonly complaintId: string;
      readonly category: ComplaintCategory;
      readonly valid: boolean;
      /** The member of staff whose work is complained about. */
      readonly responsibleUserId: string | null;
      readonly occurredAt: Date;
    };

export type KpiEventKind = KpiEvent['kind'];

export interface PenaltyProposal {
  readonly rule: PenaltyRule;
  /** Points to deduct, as set for the rule when proposed. */
  readonly points: number;
  /** The person penalised. */
  readonly userId: string;
  readonly evidence: EvidenceLink;
  /**
   * `${rule}:${evidence.type}:${evidence.id}[:${detail}]:${userId}` — the same event
   * always gives the same key, so the API stores it under a unique index and a
   * re-run (a retried job, a replayed event) never proposes twice.
   */
  readonly dedupeKey: string;
  readonly occurredAt: Date;
  /** The Shanghai month whose score it counts in: the month it happened, not the month it was confirmed. */
  readonly month: MonthKey;
  /** subjective_delay: the supervisor judges the delay subjective (confirm) or objective (dismiss with a reason). */
  readonly needsDelayJudgement: boolean;
  /** Why it was proposed, for the entry's description. */
  readonly messageKey: KpiMessageKey;
  readonly params: MessageParams;
}

export function penaltyDedupeKey(rule: PenaltyRule, evidence: EvidenceLink, userId: string, detail?: string): string {
  return [rule, evidence.type, evidence.id, ...(detail === undefined ? [] : [detail]), userId].join(':');
}

/**
 * The proposals one event makes: none or one. Nothing when nobody is
 * responsible, when the rule is switched off (0 points), or when the event
 * does not meet the rule (a satisfied sign-off, an invalid complaint).
 */
export function proposePenalties(event: KpiEvent, settings: KpiSettings = DEFAULT_KPI_SETTINGS): PenaltyProposal[] {
  requireKpiSettings(settings);
  if (Number.isNaN(event.occurredAt.getTime())) throw new RangeError('occurredAt must be a valid Date');
  const propose = (
    rule: PenaltyRule,
    userId: string | null,
    evidence: EvidenceLink,
    messageKey: KpiMessageKey,
    params: MessageParams = {},
    detail?: string,
  ): PenaltyProposal[] => {
    const points = settings.penaltyPoints[rule];
    if (userId === null || userId.trim() === '' || points === 0) return [];
    return [
      {
        rule,
        points,
        userId,
        evidence,
        dedupeKey: penaltyDedupeKey(rule, evidence, userId, detail),
        occurredAt: event.occurredAt,
        month: shanghaiMonthKey(event.occurredAt),
        needsDelayJudgement: rule === 'subjective_delay',
        messageKey,
        params,
      },
    ];
  };

  switch (event.kind) {
    case 'order_signed_off':
      if (!Number.isInteger(event.rating) || event.rating < 1 || event.rating > 5) throw new RangeError(`A rating is 1–5: ${event.rating}`);
      if (event.rating > settings.dissatisfiedRatingMax) return [];
      return propose('dissatisfied_at_acceptance', event.workerId, { type: 'order', id: event.orderId }, 'kpi.proposal.dissatisfiedSignOff', {
        rating: event.rating,
      });
    case 'order_deadline_breached':
      return propose(
        'subjective_delay',
        event.responsibleUserId,
        { type: 'order', id: event.orderId },
        'kpi.proposal.orderDeadlineBreached',
        { milestone: event.milestone },
        event.milestone,
      );
    case 'complaint_deadline_breached':
      if (event.milestone === 'developer_response') return [];
      return propose(
        'subjective_delay',
        event.responsibleUserId,
        { type: 'complaint', id: event.complaintId },
        'kpi.proposal.complaintDeadlineBreached',
        { milestone: event.milestone },
        event.milestone,
      );
    case 'work_started_without_consent':
      return propose(
        'procedure_violation',
        event.workerId,
        { type: 'order', id: event.orderId },
        'kpi.proposal.workStartedWithoutConsent',
        {},
        'start_without_consent',
      );
    case 'materials_issued_without_signed_requisition':
      return propose(
        'procedure_violation',
        event.responsibleUserId,
        { type: 'order', id: event.orderId },
        'kpi.proposal.materialsWithoutRequisition',
        { requisitionId: event.requisitionId },
        `requisition-${event.requisitionId}`,
      );
    case 'private_charging_reported':
      return propose('private_charging', event.accusedUserId, { type: event.source.type, id: event.source.id }, 'kpi.proposal.privateChargingReported');
    case 'complaint_about_service':
      if (!event.valid || event.category !== 1) return [];
      return propose('caused_complaint', event.responsibleUserId, { type: 'complaint', id: event.complaintId }, 'kpi.proposal.complaintAboutService');
  }
}

/**
 * The proposals a batch of events makes that are not already stored:
 * de-duplicated against `existingKeys` (the API's stored dedupe keys) and
 * within the batch, in the order of the events.
 */
export function newPenaltyProposals(
  events: readonly KpiEvent[],
  existingKeys: Iterable<string>,
  settings: KpiSettings = DEFAULT_KPI_SETTINGS,
): PenaltyProposal[] {
  const seen = new Set(existingKeys);
  const fresh: PenaltyProposal[] = [];
  for (const event of events) {
    for (const proposal of proposePenalties(event, settings)) {
      if (seen.has(proposal.dedupeKey)) continue;
      seen.add(proposal.dedupeKey);
      fresh.push(proposal);
    }
  }
  return fresh;
}

/**
 * Who answers for an order milestone that passed its due time (README §3):
 * the response is the supervisor's once dispatched, before that the front desk
 * who took the request; being on site and resolving are the assigned worker's,
 * or the supervisor's while nobody is assigned.
 */
export function orderBreachResponsible({
  milestone,
  takenById,
  supervisorId,
  workerId,
}: {
  readonly milestone: OrderMilestone;
  readonly takenById: string | null;
  readonly supervisorId: string | null;
  readonly workerId: string | null;
}): string | null {
  if (milestone === 'response') return supervisorId ?? takenById;
  return workerId ?? supervisorId;
}

/**
 * Field records carry the time things happened, entered afterwards from the
 * job sheet. Work whose recorded start precedes the resident's consent to the
 * quote broke the procedure (README §3.2), unless an emergency's verbal consent
 * was recorded before it.
 */
export function startedBeforeConsent({
  startedAt,
  consentAt,
  verbalConsentAt,
}: {
  readonly startedAt: Date;
  readonly consentAt: Date | null;
  readonly verbalConsentAt: Date | null;
}): boolean {
  if (verbalConsentAt !== null && verbalConsentAt.getTime() <= startedAt.getTime()) return false;
  return consentAt === null || startedAt.getTime() < consentAt.getTime();
}

/** Stock recorded as leaving the storeroom before the supervisor signed the requisition (README §3.4). */
export function issuedBeforeSignature({ issuedAt, signedAt }: { readonly issuedAt: Date; readonly signedAt: Date | null }): boolean {
  return signedAt === null || issuedAt.getTime() < signedAt.getTime();
}
