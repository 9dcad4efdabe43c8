import { describe, expect, it } from 'vitest';
import { offeredComplaintSteps, offeredSuggestionSteps, type StepSubject, type ViewerRoles } from './complaint-steps';

const P = 'project-1';
const now = new Date('2026-11-25T06:00:00Z');
const complaint = (over: Partial<StepSubject> = {}): StepSubject => ({
  kind: 'COMPLAINT',
  state: 'registered',
  category: 1,
  responsibleDepartment: 'ENGINEERING',
  projectId: P,
  createdAt: '2026-11-25T05:00:00Z',
  ...over,
});
const viewer = (role: string, department?: string, projectId: string | null = P): ViewerRoles => ({ userId: `${role}-1`, roles: [{ role, projectId, department }] });

const desk = viewer('FRONT_DESK');
const engineeringHead = viewer('SUPERVISOR', 'ENGINEERING');
const cleaningHead = viewer('SUPERVISOR', 'CLEANING');
const pm = viewer('PROJECT_MANAGER');

describe('offeredComplaintSteps', () => {
  it('offers acceptance to the head of the responsible department, not to the desk', () => {
    expect(offeredComplaintSteps(complaint(), engineeringHead, now)).toEqual(['accept']);
    expect(offeredComplaintSteps(complaint(), cleaningHead, now)).toEqual([]);
    expect(offeredComplaintSteps(complaint(), desk, now)).toEqual(['close_invalid']);
    expect(offeredComplaintSteps(complaint(), pm, now)).toEqual(['accept', 'close_invalid']);
  });

  it('sends category 2 through engineering instead of accepting it', () => {
    expect(offeredComplaintSteps(complaint({ category: 2 }), engineeringHead, now)).toEqual(['verify_on_site']);
    expect(offeredComplaintSteps(complaint({ category: 2, state: 'ready_for_developer' }), engineeringHead, now)).toEqual(['hand_to_developer']);
    expect(offeredComplaintSteps(complaint({ category: 2, state: 'engineering_signed' }), engineeringHead, now)).toEqual([]);
    expect(offeredComplaintSteps(complaint({ category: 2, state: 'engineering_signed' }), pm, now)).toEqual(['sign_project_manager']);
  });

  it('follows the resolution through sign-off, verification and closing', () => {
    expect(offeredComplaintSteps(complaint({ state: 'in_progress' }), engineeringHead, now)).toEqual(['record_resolution']);
    expect(offeredComplaintSteps(complaint({ state: 'resolution_recorded' }), engineeringHead, now)).toEqual(['sign_resolution', 'return_resolution']);
    expect(offeredComplaintSteps(complaint({ state: 'resolution_recorded' }), desk, now)).toEqual([]);
    expect(offeredComplaintSteps(complaint({ state: 'department_signed' }), desk, now)).toEqual(['verify', 'fail_verification']);
    expect(offeredComplaintSteps(complaint({ state: 'verified' }), desk, now)).toEqual(['close']);
    expect(offeredComplaintSteps(complaint({ state: 'closed' }), pm, now)).toEqual([]);
  });

  it('offers nothing in another project, nor on a suggestion', () => {
    expect(offeredComplaintSteps(complaint(), viewer('SUPERVISOR', 'ENGINEERING', 'project-2'), now)).toEqual([]);
    expect(offeredComplaintSteps(complaint({ kind: 'SUGGESTION', category: null }), pm, now)).toEqual([]);
  });
});

describe('offeredSuggestionSteps', () => {
  const suggestion = (state: string) => complaint({ kind: 'SUGGESTION', category: null, state, responsibleDepartment: 'CLEANING' });
  it('lets the department head decide and customer service tell the resident', () => {
    expect(offeredSuggestionSteps(suggestion('registered'), cleaningHead, now)).toEqual(['adopt', 'decline']);
    expect(offeredSuggestionSteps(suggestion('registered'), desk, now)).toEqual([]);
    expect(offeredSuggestionSteps(suggestion('adopted'), desk, now)).toEqual(['tell_resident']);
    expect(offeredSuggestionSteps(suggestion('closed'), pm, now)).toEqual([]);
  });
});
