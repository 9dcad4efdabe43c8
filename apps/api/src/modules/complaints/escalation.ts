import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { complaintClockAlerts } from '@wuye/domain';
import { NotificationsService } from '../notifications/notifications.service.js';
import { KpiService } from '../kpi/kpi.service.js';
import { Project } from '../projects/project.entity.js';
import type { CompanySettings } from '../settings/company-settings.entity.js';
import { SettingsService } from '../settings/settings.service.js';
import { staffWithRole } from '../staff/staff.service.js';
import { Complaint } from './complaint.entity.js';
import { emitComplaintBreaches } from '../webhooks/emit.js';
import { clocksOf, complaintNotice } from './complaints.service.js';

export const ESCALATE_TASK = 'complaints_escalate';

const settingsService = new SettingsService();
const notifications = new NotificationsService();
const kpi = new KpiService();

/**
 * The escalation rule of README §4: at 80 % of a deadline the responsible department's
 * supervisor is told; at breach the project manager too. Every open complaint of every company
 * is checked; returns how many notifications were new.
 *
 * Exactly once, even with several workers: each complaint is checked under a row lock taken
 * with SKIP LOCKED (a second worker passes it by), the alerts sent are remembered on the
 * complaint, and the inbox's unique (recipient, event) key drops any repeat that slips through.
 */
export async function escalateComplaints(em: EntityManager, now: Date): Promise<number> {
  const open = await em.find(Complaint, { kind: 'complaint', valid: true, state: { $ne: 'closed' } }, { filters: false, fields: ['id'], orderBy: { createdAt: 'asc' } });
  // Read once per run: every open complaint of a company shares its settings and its project's calendar.
  const settings = new Map<string, Promise<CompanySettings>>();
  const projects = new Map<string, Promise<Project | null>>();
  let sent = 0;
  for (const { id } of open) sent += await escalateOne(em.fork({ clear: true }), id, now, settings, projects);
  return sent;
}

async function escalateOne(
  em: EntityManager,
  id: string,
  now: Date,
  settingsByCompany: Map<string, Promise<CompanySettings>>,
  projectsById: Map<string, Promise<Project | null>>,
): Promise<number> {
  return em.transactional(async (tx) => {
    const c = await tx.findOne(Complaint, { id }, { filters: false, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
    if (!c || c.state === 'closed') return 0;
    let settings = settingsByCompany.get(c.companyId);
    if (!settings) settingsByCompany.set(c.companyId, (settings = settingsService.forCompany(tx, c.companyId)));
    let project = projectsById.get(c.projectId);
    if (!project) projectsById.set(c.projectId, (project = tx.findOne(Project, { id: c.projectId }, { filters: false })));
    const alerts = complaintClockAlerts({ clocks: clocksOf(c, await settings, await project, now), now, alreadySent: c.alertsSent });
    if (!alerts.length) return 0;
    const supervisors = c.responsibleDepartment
      ? await staffWithRole(tx, c.companyId, { role: 'supervisor', projectId: c.projectId, department: c.responsibleDepartment })
      : [];
    const managers = await staffWithRole(tx, c.companyId, { role: 'project_manager', projectId: c.projectId });
    const drafts = alerts.flatMap((alert) => {
      // Without a supervisor of that department the warning goes to the project manager.
      const recipients = alert.kind === 'breach' || !supervisors.length ? [...new Set([...supervisors, ...managers])] : supervisors;
      const kind = alert.kind === 'breach' ? 'complaint_breached' : 'complaint_due_soon';
      return recipients.map((r) => complaintNotice(c, r, kind, alert.key, { milestone: alert.milestone }));
    });
    const fresh = await notifications.send(tx, drafts, now);
    // A missed deadline proposes −5 (subjective delay) for the responsible supervisor, who may be found to have had objective causes.
    for (const alert of alerts.filter((a) => a.kind === 'breach')) {
      await kpi.propose(tx, c.companyId, c.projectId, { kind: 'complaint_deadline_breached', complaintId: c.id, milestone: alert.milestone, responsibleUserId: supervisors[0] ?? null, occurredAt: alert.dueAt }, now, c.responsibleDepartment ?? null);
    }
    c.alertsSent = [...c.alertsSent, ...alerts.map((a) => a.key)];
    emitComplaintBreaches(tx, c, alerts, now);
    return fresh;
  });
}
