import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationKind } from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { findPage, isUuid } from '../../db/queries.js';
import { newId } from '../../db/ids.js';
import type { Page } from '../../graphql/pagination.js';
import { Notification } from './notification.entity.js';

export interface NoticeDraft {
  companyId: string;
  projectId: string | null;
  recipientId: string;
  kind: NotificationKind;
  subjectType: Notification['subjectType'];
  subjectId: string;
  subjectLabel: string;
  params?: Record<string, string>;
  body?: string | null;
  /** What makes this event one event: the same key for the same recipient is stored once. */
  dedupeKey: string;
}

/** The in-app inbox: written inside the transaction of the step that causes it, read by its owner only. */
export class NotificationsService {
  /**
   * Inserts with ON CONFLICT DO NOTHING so concurrent writers of the same event (two job
   * workers, a retried request) leave exactly one row; returns how many were new.
   */
  async send(em: EntityManager, drafts: NoticeDraft[], now: Date): Promise<number> {
    if (!drafts.length) return 0;
    const rows = drafts.map((d) => [newId(), d.companyId, d.projectId, d.recipientId, d.kind, d.subjectType, d.subjectId, d.subjectLabel, JSON.stringify(d.params ?? {}), d.body ?? null, d.dedupeKey, now, now]);
    const placeholders = rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)').join(', ');
    const result = await em.execute(
      `insert into notification (id, company_id, project_id, recipient_id, kind, subject_type, subject_id, subject_label, params, body, dedupe_key, created_at, updated_at)
       values ${placeholders} on conflict (recipient_id, dedupe_key) do nothing`,
      rows.flat(),
      'run',
    );
    return (result as { affectedRows?: number }).affectedRows ?? 0;
  }

  mine(ctx: Ctx, unreadOnly: boolean, args: { skip: number; take: number }): Promise<Page<Notification>> {
    const where = { recipientId: ctx.user!.id, ...(unreadOnly ? { readAt: null } : {}) };
    return findPage(ctx.em, Notification, where, { createdAt: 'desc' }, args);
  }

  unreadCount(ctx: Ctx): Promise<number> {
    return ctx.em.count(Notification, { recipientId: ctx.user!.id, readAt: null });
  }

  /** Marks some (or all) of the caller's own notifications read; other people's ids are ignored. */
  async markRead(ctx: Ctx, ids: string[] | null | undefined): Promise<number> {
    const some = ids?.length ? ids.filter(isUuid) : null;
    if (!some || some.length) {
      const where = { recipientId: ctx.user!.id, readAt: null, ...(some ? { id: { $in: some } } : {}) };
      await ctx.em.nativeUpdate(Notification, where, { readAt: ctx.now });
    }
    return this.unreadCount(ctx);
  }
}
