import type { Department } from '../access/roles.js';
import type { ComplaintCategory, ComplaintSeverity } from './complaint-classification.js';
import type { FollowUpSubject } from './follow-up-sampling.js';

/**
 * A follow-up visit records quality, effect and satisfaction (README §5), each
 * on the three-level scale of the visit forms: 满意 / 基本满意 / 不满意.
 * Shortcomings and opinions are free text and do not decide anything here.
 *
 * Threshold: any "dissatisfied" rating opens a complaint ("an unsatisfactory
 * visit opens a complaint"). "Fairly satisfied" does not; a visit where the
 * resident could not be reached, or gave no rating, does not either.
 */
export const FOLLOW_UP_RATINGS = ['satisfied', 'fairly_satisfied', 'dissatisfied'] as const;
export type FollowUpRating = (typeof FOLLOW_UP_RATINGS)[number];

export const FOLLOW_UP_ASPECTS = ['quality', 'effect', 'satisfaction'] as const;
export type FollowUpAspect = (typeof FOLLOW_UP_ASPECTS)[number];

export const FOLLOW_UP_RATING_LABELS: Readonly<Record<FollowUpRating, { zh: string; en: string }>> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  fairly_satisfied: { zh: '基本满意', en: 'Fairly satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
};

export interface FollowUpVisitResult {
  readonly followUpId: string;
  readonly subject: FollowUpSubject;
  readonly ratings: Readonly<Partial<Record<FollowUpAspect, FollowUpRating | null>>>;
  /** The visited work's department; the new complaint goes to it. */
  readonly department: Department | null;
  /** When the visit was about a complaint: its category and severity carry over. */
  readonly complaintCategory?: ComplaintCategory | null;
  readonly complaintSeverity?: ComplaintSeverity | null;
}

export type FollowUpComplaintDecision =
  | { readonly opensComplaint: false }
  | {
      readonly opensComplaint: true;
      readonly dissatisfiedAspects: readonly FollowUpAspect[];
      /** A starting point for intake, which may reclassify. */
      readonly draft: {
        readonly kind: 'complaint';
        readonly category: ComplaintCategory;
        readonly severity: ComplaintSeverity;
        readonly responsibleDepartment: Department | null;
        readonly sourceFollowUpId: string;
      };
    };

/**
 * The draft complaint is category 1 (our service fell short) unless the
 * visit was about a complaint, whose category and severity it keeps — an
 * unresolved building defect stays category 2.
 */
export function followUpComplaintDecision(visit: FollowUpVisitResult): FollowUpComplaintDecision {
  const dissatisfiedAspects = FOLLOW_UP_ASPECTS.filter((aspect) => visit.ratings[aspect] === 'dissatisfied');
  if (dissatisfiedAspects.length === 0) return { opensComplaint: false };
  return {
    opensComplaint: true,
    dissatisfiedAspects,
    draft: {
      kind: 'complaint',
      category: visit.complaintCategory ?? 1,
      severity: visit.complaintSeverity ?? 'general',
      responsibleDepartment: visit.department,
      sourceFollowUpId: visit.followUpId,
    },
  };
}
