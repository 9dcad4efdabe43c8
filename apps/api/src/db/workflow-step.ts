/**
 * One step in a record's history, kept in a jsonb `steps` column: what was done, from which state
 * to which, by whom (their name as it was then) and why. Penalty entries, findings, inspection
 * reports and complaints all keep this shape.
 */
export interface WorkflowStep {
  at: string;
  action: string;
  fromState: string | null;
  toState: string;
  actorName: string;
  note: string | null;
}
