import { describe, expect, it } from 'vitest';
import type { ComplaintActor } from './complaint-lifecycle.js';
import { SUGGESTION_TRANSITIONS, transitionSuggestion, type SuggestionAction, type SuggestionState } from './suggestion-lifecycle.js';

const now = new Date('2025-10-14T06:00:00.000Z');
const greeningSupervisor: ComplaintActor = { userId: 's-lin', roles: ['supervisor'], supervises: ['greening'] };
const cleaningSupervisor: ComplaintActor = { userId: 's-wang', roles: ['supervisor'], supervises: ['cleaning'] };
const pm: ComplaintActor = { userId: 'pm-zhou', roles: ['project_manager'], supervises: [] };
const frontDesk: ComplaintActor = { userId: 'fd-wu', roles: ['front_desk'], supervises: [] };
const worker: ComplaintActor = { userId: 'w-li', roles: ['worker'], supervises: [] };

const run = (from: SuggestionState, action: SuggestionAction, actor: ComplaintActor, reason: string | null = '已列入明年绿化改造计划') =>
  transitionSuggestion({ from, action, actor, responsibleDepartment: 'greening', reason, now });

describe('suggestions: adopted or not, with a reason, and the resident told', () => {
  it('has no path that skips telling the resident', () => {
    expect(SUGGESTION_TRANSITIONS).toEqual({
      registered: { adopt: 'adopted', decline: 'not_adopted' },
      adopted: { tell_resident: 'closed' },
      not_adopted: { tell_resident: 'closed' },
      closed: {},
    });
  });

  it.each([
    { from: 'registered', action: 'adopt', actor: greeningSupervisor, result: { ok: true, to: 'adopted' } },
    { from: 'registered', action: 'decline', actor: pm, result: { ok: true, to: 'not_adopted' } },
    { from: 'adopted', action: 'tell_resident', actor: frontDesk, result: { ok: true, to: 'closed' } },
    { from: 'not_adopted', action: 'tell_resident', actor: pm, result: { ok: true, to: 'closed' } },
    { from: 'registered', action: 'tell_resident', actor: frontDesk, result: { ok: false, code: 'INVALID_STATE', messageKey: 'suggestion.transition.invalid' } },
    { from: 'closed', action: 'adopt', actor: pm, result: { ok: false, code: 'INVALID_STATE' } },
    { from: 'registered', action: 'adopt', actor: cleaningSupervisor, result: { ok: false, code: 'FORBIDDEN', messageKey: 'suggestion.forbidden.decide' } },
    { from: 'registered', action: 'decline', actor: frontDesk, result: { ok: false, code: 'FORBIDDEN', messageKey: 'suggestion.forbidden.decide' } },
    { from: 'adopted', action: 'tell_resident', actor: worker, result: { ok: false, code: 'FORBIDDEN', messageKey: 'suggestion.forbidden.tell' } },
  ] as const)('$action from $from by $actor.userId', ({ from, action, actor, result }) => {
    expect(run(from, action, actor)).toMatchObject(result);
  });

  it.each(['adopt', 'decline'] as const)('%s needs a reason the resident can be told', (action) => {
    expect(run('registered', action, pm, '  ')).toEqual({
      ok: false,
      code: 'VALIDATION_FAILED',
      field: 'reason',
      messageKey: 'suggestion.reason.required',
      params: {},
    });
  });
});
