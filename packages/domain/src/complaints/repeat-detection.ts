import type { Department } from '../access/roles.js';
import type { MessageParams } from '../catalog/catalog-messages.js';
import type { ComplaintCategory } from './complaint-classification.js';
import type { ComplaintMessageKey } from './complaint-messages.js';

/**
 * Repeat detection (README §4): the same matter complained about twice or
 * more, or the same repair needed three times or more, triggers a
 * nonconformity report.
 *
 * - same matter: complaints from the same unit with the same category and
 *   responsible department, or about the same catalog item;
 * - same repair: repair orders of the same unit for the same catalog item
 *   (an order without a catalog item cannot be matched);
 * - both look back from the record's own time over a window: 90 days for
 *   complaints (the brief), and 90 days for repairs too — the README gives
 *   none, and without a window a yearly drain clearing would count for ever.
 *
 * Only records at or before the new one count, so re-running the check on an
 * old record gives the same answer. Invalid complaints and suggestions are not
 * matters; the list may contain the record itself (matched by id).
 */
export interface RepeatRecord {
  readonly id: string;
  readonly kind: 'complaint' | 'suggestion' | 'repair';
  readonly unitId: string;
  readonly occurredAt: Date;
  readonly category?: ComplaintCategory | null;
  readonly department?: Department | null;
  readonly catalogItemId?: string | null;
  /** Complaints: false for an invalid complaint. */
  readonly valid?: boolean | null;
}

export interface RepeatSettings {
  readonly complaintWindowDays: number;
  readonly complaintThreshold: number;
  readonly repairWindowDays: number;
  readonly repairThreshold: number;
}

export const DEFAULT_REPEAT_SETTINGS: RepeatSettings = {
  complaintWindowDays: 90,
  complaintThreshold: 2,
  repairWindowDays: 90,
  repairThreshold: 3,
};

export type RepeatRule = 'same_matter' | 'same_repair';

export interface RepeatFinding {
  readonly rule: RepeatRule;
  /** `${rule}:${record.id}` — one nonconformity per triggering record, de-duplicated by the API. */
  readonly key: string;
  /** Matching records, oldest first, the new one last. */
  readonly recordIds: readonly string[];
  readonly count: number;
  readonly messageKey: ComplaintMessageKey;
  readonly params: MessageParams;
}

export interface RepeatDetection {
  readonly nonconformity: boolean;
  readonly findings: readonly RepeatFinding[];
}

const DAY_MS = 86_400_000;

export function detectRepeats({
  record,
  history,
  settings = DEFAULT_REPEAT_SETTINGS,
}: {
  readonly record: RepeatRecord;
  readonly history: readonly RepeatRecord[];
  readonly settings?: RepeatSettings;
}): RepeatDetection {
  const at = record.occurredAt.getTime();
  if (Number.isNaN(at)) throw new RangeError('occurredAt must be a valid Date');
  const earlier = (windowDays: number) => (r: RepeatRecord) => {
    const t = r.occurredAt.getTime();
    return r.id !== record.id && r.unitId === record.unitId && t <= at && at - t <= windowDays * DAY_MS;
  };
  const findings: RepeatFinding[] = [];
  const finding = (rule: RepeatRule, matches: RepeatRecord[], threshold: number, windowDays: number, messageKey: ComplaintMessageKey) => {
    const count = matches.length + 1;
    if (count < threshold) return;
    const ordered = [...matches].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id.localeCompare(b.id));
    findings.push({
      rule,
      key: `${rule}:${record.id}`,
      recordIds: [...ordered.map((r) => r.id), record.id],
      count,
      messageKey,
      params: { count, days: windowDays },
    });
  };

  if (isMatter(record)) {
    const matches = history
      .filter(earlier(settings.complaintWindowDays))
      .filter((r) => isMatter(r) && sameMatter(r, record));
    finding('same_matter', matches, settings.complaintThreshold, settings.complaintWindowDays, 'complaint.repeat.sameMatter');
  }
  if (record.kind === 'repair' && record.catalogItemId) {
    const matches = history
      .filter(earlier(settings.repairWindowDays))
      .filter((r) => r.kind === 'repair' && r.catalogItemId === record.catalogItemId);
    finding('same_repair', matches, settings.repairThreshold, settings.repairWindowDays, 'complaint.repeat.sameRepair');
  }
  return { nonconformity: findings.length > 0, findings };
}

function isMatter(r: RepeatRecord): boolean {
  return r.kind === 'complaint' && r.valid !== false;
}

function sameMatter(a: RepeatRecord, b: RepeatRecord): boolean {
  const sameCategoryAndDepartment = a.category != null && a.department != null && a.category === b.category && a.department === b.department;
  const sameItem = a.catalogItemId != null && a.catalogItemId === b.catalogItemId;
  return sameCategoryAndDepartment || sameItem;
}
