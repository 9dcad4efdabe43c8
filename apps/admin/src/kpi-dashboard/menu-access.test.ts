import { permittedActions, type Role } from '@wuye/domain';
import { describe, expect, it } from 'vitest';
import { canAccess } from '../access';

const KPI_SCREENS = [
  'myScorecard',
  'myFindings',
  'penaltyEntries',
  'monthlyScores',
  'inspections',
  'inspectionFindings',
  'inspectionPlan',
  'inspectionReports',
  'satisfactionSurveys',
  'housekeeperAppraisals',
  'vacantUnits',
  'inspectionSetup',
  'projectKpis',
];

/** The KPI and quality screens a staff member of one project sees, from the domain's permission table (as `me.permissions` is made). */
const menuOf = (role: Role, department?: 'engineering') => {
  const permissions = permittedActions({ kind: 'user', userId: 'u', companyId: 'c', assignments: [{ role, projectId: role === 'general_manager' || role === 'quality' ? null : 'p', department }] });
  return KPI_SCREENS.filter((r) => canAccess(permissions, r, 'list', [role.toUpperCase()]) || (r === 'projectKpis' && canAccess(permissions, r, 'show', [role.toUpperCase()])));
};

describe('考核与品质 screens in the menu', () => {
  it('gives a worker their own scorecard and corrective actions only', () => {
    expect(menuOf('worker')).toEqual(['myScorecard', 'myFindings']);
    expect(menuOf('finance')).toEqual(['myScorecard', 'myFindings']);
  });

  it('gives customer service and housekeepers the surveys they collect, housekeepers their vacant units', () => {
    expect(menuOf('front_desk')).toEqual(['myScorecard', 'myFindings', 'satisfactionSurveys']);
    expect(menuOf('housekeeper')).toEqual(['myScorecard', 'myFindings', 'satisfactionSurveys', 'vacantUnits']);
  });

  it('gives a supervisor the review of their department and the inspections, not the monthly report', () => {
    expect(menuOf('supervisor', 'engineering')).toEqual([
      'myScorecard',
      'myFindings',
      'penaltyEntries',
      'monthlyScores',
      'inspections',
      'inspectionFindings',
      'inspectionPlan',
      'inspectionSetup',
      'projectKpis',
    ]);
  });

  it('gives the project manager and the GM everything, quality everything but appraisal scoring', () => {
    expect(menuOf('project_manager')).toEqual(KPI_SCREENS);
    expect(menuOf('general_manager')).toEqual(KPI_SCREENS);
    expect(menuOf('quality')).toEqual(KPI_SCREENS);
    const quality = permittedActions({ kind: 'user', userId: 'u', companyId: 'c', assignments: [{ role: 'quality', projectId: null }] });
    expect(canAccess(quality, 'housekeeperAppraisals', 'edit', ['QUALITY'])).toBe(false);
  });

  it('lets only those who may record an inspection open the form', () => {
    const worker = permittedActions({ kind: 'user', userId: 'u', companyId: 'c', assignments: [{ role: 'worker', projectId: 'p' }] });
    const supervisor = permittedActions({ kind: 'user', userId: 'u', companyId: 'c', assignments: [{ role: 'supervisor', projectId: 'p', department: 'engineering' }] });
    expect(canAccess(worker, 'inspections', 'create', ['WORKER'])).toBe(false);
    expect(canAccess(supervisor, 'inspections', 'create', ['SUPERVISOR'])).toBe(true);
  });
});
