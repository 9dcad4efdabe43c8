import type { RequisitionLineInput } from '@wuye/schema';
import { parseYuanInput } from '../common/money';
import { milliToText, parseQuantityInput } from '../common/quantity';

export const REQUISITION_STATES = ['requested', 'signed', 'issued'] as const;

type Line = { name: string; unit: string; quantityMilli: number };

/** "水龙头 1个，生料带 2.5卷": what a requisition asks for, in one line. */
export const linesSummary = (lines: readonly Line[]) => lines.map((l) => `${l.name} ${milliToText(l.quantityMilli)}${l.unit}`).join('，');

export type RequisitionStep = 'sign' | 'issue';

/**
 * Steps to offer: only the order's own supervisor signs (the domain rule), and anyone who handles
 * materials issues what was signed. The API checks the order's state and the cited number.
 */
export function requisitionSteps(
  requisition: { state: string },
  viewer: { userId: string | null | undefined; permissions: readonly string[] },
  supervisorId: string | null | undefined,
): RequisitionStep[] {
  if (!viewer.permissions.includes('order.materials')) return [];
  if (requisition.state === 'requested' && !!viewer.userId && viewer.userId === supervisorId) return ['sign'];
  if (requisition.state === 'signed') return ['issue'];
  return [];
}

export type LineDraft = { name: string; unit: string; quantity: string; unitCost: string };
export type LineIssue = { field: keyof LineDraft; messageKey: string };

/** A typed line → the API's input: quantity in thousandths, unit cost in fen (never floats). */
export function toRequisitionLine(draft: LineDraft): { input: RequisitionLineInput } | { issue: LineIssue } {
  if (!draft.name.trim()) return { issue: { field: 'name', messageKey: 'ra.validation.required' } };
  if (!draft.unit.trim()) return { issue: { field: 'unit', messageKey: 'ra.validation.required' } };
  const quantity = parseQuantityInput(draft.quantity);
  if (!quantity.ok) return { issue: { field: 'quantity', messageKey: quantity.messageKey } };
  const cost = parseYuanInput(draft.unitCost);
  if (!cost.ok) return { issue: { field: 'unitCost', messageKey: cost.messageKey } };
  return { input: { name: draft.name.trim(), unit: draft.unit.trim(), quantityMilli: quantity.value, unitCostFen: cost.value } };
}
