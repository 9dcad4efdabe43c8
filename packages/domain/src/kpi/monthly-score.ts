import type { Department } from '../access/roles.js';
import { divideRoundHalfAwayFromZero } from '../money/basis-points.js';
import { isMonthKey, type MonthKey } from '../profitability/month-key.js';
import { penaltyCounts, type PenaltyState } from './penalty-lifecycle.js';
import { DEFAULT_KPI_SETTINGS, requireKpiSettings, type KpiSettings } from './penalty-rules.js';

/**
 * The monthly score of a member of staff (issue 7):
 *
 *   score = base (100) − points of counted entries + points of commendations
 *
 * Counted entries are confirmed, appealed and upheld ones (penaltyCounts);
 * proposed, dismissed and overturned ones are not. An entry counts in the
 * month it happened (its `month`), whenever it was confirmed, so a score can
 * still change after the month while entries are judged or appealed: the
 * score says so (`provisional`). The score is the plain arithmetic, not
 * clamped: below 0 or above the base is shown as it is.
 */
export interface ScoredPenalty {
  readonly userId: string;
  readonly month: MonthKey;
  readonly state: PenaltyState;
  /** Points deducted, positive. */
  readonly points: number;
}

export interface ScoredCommendation {
  readonly userId: string;
  readonly month: MonthKey;
  /** Points added, positive. */
  readonly points: number;
}

/** A person on the month's roster, once, with the project and department they belong to. */
export interface StaffMember {
  readonly userId: string;
  readonly projectId: string;
  readonly department: Department | null;
}

export interface ScoreBreakdown {
  readonly base: number;
  /** Points of counted entries (appealed ones included). */
  readonly deducted: number;
  readonly commended: number;
  readonly score: number;
  /** Points of entries still proposed (not in the score). */
  readonly pending: number;
  /** Points of entries under appeal (in the score until overturned). */
  readonly underAppeal: number;
  /** Pending or appealed entries may still change the score. */
  readonly provisional: boolean;
}

export interface MonthlyScore extends StaffMember, ScoreBreakdown {
  readonly month: MonthKey;
}

function points(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Points are a whole number ≥ 0: ${value}`);
  return value;
}

/** One person's month. Entries of other people or months are ignored. */
export function scoreBreakdown({
  userId,
  month,
  penalties,
  commendations,
  baseScore = DEFAULT_KPI_SETTINGS.baseScore,
}: {
  readonly userId: string;
  readonly month: MonthKey;
  readonly penalties: readonly ScoredPenalty[];
  readonly commendations: readonly ScoredCommendation[];
  readonly baseScore?: number;
}): ScoreBreakdown {
  if (!isMonthKey(month)) throw new RangeError(`Not a month: ${String(month)}`);
  let deducted = 0;
  let pending = 0;
  let underAppeal = 0;
  for (const p of penalties) {
    if (p.userId !== userId || p.month !== month) continue;
    const n = points(p.points);
    if (penaltyCounts(p.state)) deducted += n;
    if (p.state === 'proposed') pending += n;
    if (p.state === 'appealed') underAppeal += n;
  }
  let commended = 0;
  for (const c of commendations) if (c.userId === userId && c.month === month) commended += points(c.points);
  return {
    base: baseScore,
    deducted,
    commended,
    score: baseScore - deducted + commended,
    pending,
    underAppeal,
    provisional: pending > 0 || underAppeal > 0,
  };
}

/** A score for every person on the roster, in roster order; a person with no entries scores the base. */
export function monthlyScores({
  month,
  staff,
  penalties,
  commendations,
  settings = DEFAULT_KPI_SETTINGS,
}: {
  readonly month: MonthKey;
  readonly staff: readonly StaffMember[];
  readonly penalties: readonly ScoredPenalty[];
  readonly commendations: readonly ScoredCommendation[];
  readonly settings?: KpiSettings;
}): MonthlyScore[] {
  requireKpiSettings(settings);
  const seen = new Set<string>();
  for (const s of staff) {
    if (seen.has(s.userId)) throw new RangeError(`${s.userId} is on the roster twice`);
    seen.add(s.userId);
  }
  return staff.map((member) => ({
    ...member,
    month,
    ...scoreBreakdown({ userId: member.userId, month, penalties, commendations, baseScore: settings.baseScore }),
  }));
}

export interface ScoreAverage {
  readonly projectId: string;
  /** null in the per-project averages, and for staff outside any department. */
  readonly department: Department | null;
  readonly staff: number;
  readonly total: number;
  /** total ÷ staff in hundredths of a point, rounded half away from zero: 9333 = 93.33. */
  readonly averageHundredths: number;
}

function average(projectId: string, department: Department | null, scores: readonly MonthlyScore[]): ScoreAverage {
  const total = scores.reduce((sum, s) => sum + s.score, 0);
  const averageHundredths = Number(divideRoundHalfAwayFromZero(BigInt(total) * 100n, BigInt(scores.length)));
  return { projectId, department, staff: scores.length, total, averageHundredths };
}

/**
 * Averages per project and per department of a project, ordered by project
 * then department (staff outside a department last within their project).
 */
export function scoreAverages(scores: readonly MonthlyScore[]): {
  readonly byProject: ScoreAverage[];
  readonly byDepartment: ScoreAverage[];
} {
  const group = (key: (s: MonthlyScore) => string) => {
    const groups = new Map<string, MonthlyScore[]>();
    for (const s of scores) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
    return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g as [MonthlyScore, ...MonthlyScore[]]);
  };
  return {
    byProject: group((s) => s.projectId).map((g) => average(g[0].projectId, null, g)),
    byDepartment: group((s) => `${s.projectId}\u0000${s.department ?? '\uffff'}`).map((g) => average(g[0].projectId, g[0].department, g)),
  };
}
