import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { requestScope } from '../../request-scope.js';
import { AuditEntry } from './audit-entry.entity.js';

/** Never copied into the log. */
const SECRET_FIELDS = new Set(['passwordHash', 'secretHash', 'secret', 'previousSecret']);
/** Derived from a change that is itself audited (webhook events and their delivery bookkeeping). */
const NOT_AUDITED = new Set(['AuditEntry', 'WebhookEvent', 'WebhookDelivery']);
/** Bookkeeping that alone does not make a change worth logging. */
const NOISE_FIELDS = new Set(['updatedAt', 'version', 'failedLogins', 'lockedUntil', 'lastLoginAt', 'lastUsedAt']);

function clean(data: Record<string, unknown> | undefined | null, keys?: Iterable<string>): Record<string, unknown> | null {
  if (!data) return null;
  const out: Record<string, unknown> = {};
  for (const key of keys ?? Object.keys(data)) {
    if (SECRET_FIELDS.has(key)) out[key] = '[redacted]';
    else if (key in data) out[key] = data[key];
  }
  return out;
}

const CHANGE: Partial<Record<ChangeSetType, string>> = {
  [ChangeSetType.CREATE]: 'create',
  [ChangeSetType.UPDATE]: 'update',
  [ChangeSetType.DELETE]: 'delete',
};

/**
 * Writes an audit entry for every change of a business entity inside the same flush,
 * so the change and its entry commit or roll back together and no service can forget it.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush({ uow }: FlushEventArgs): Promise<void> {
    const scope = requestScope.current();
    for (const cs of uow.getChangeSets()) {
      if (NOT_AUDITED.has(cs.name)) continue;
      const change = CHANGE[cs.type];
      if (!change) continue;
      const payload = cs.payload as Record<string, unknown>;
      const changedKeys = Object.keys(payload).filter((k) => !NOISE_FIELDS.has(k));
      if (cs.type === ChangeSetType.UPDATE && changedKeys.length === 0) continue;

      const entity = cs.entity as Record<string, unknown>;
      const companyId = (entity.companyId as string | undefined) ?? scope?.actor?.companyId;
      if (!companyId) continue;
      const original = cs.originalEntity as Record<string, unknown> | undefined;
      const entry = new AuditEntry();
      entry.companyId = companyId;
      entry.projectId = (entity.projectId as string | undefined) ?? (cs.name === 'Project' ? (entity.id as string) : null);
      entry.at = new Date();
      entry.actorKind = scope?.actor?.kind ?? 'system';
      entry.actorId = scope?.actor?.id ?? null;
      entry.actorName = scope?.actor?.name ?? 'system';
      entry.action = scope?.operation ?? 'unknown';
      entry.change = change;
      entry.entityType = cs.name;
      entry.entityId = String(entity.id ?? cs.getPrimaryKey(true));
      entry.before = cs.type === ChangeSetType.CREATE ? null : clean(original, cs.type === ChangeSetType.UPDATE ? changedKeys : undefined);
      entry.after = cs.type === ChangeSetType.DELETE ? null : clean(payload, cs.type === ChangeSetType.UPDATE ? changedKeys : undefined);
      entry.requestId = scope?.requestId ?? null;
      uow.computeChangeSet(entry);
    }
  }
}
