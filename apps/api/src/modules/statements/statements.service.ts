import type { FilterQuery } from '@mikro-orm/postgresql';
import {
  draftStatement,
  fen,
  statementCorrection,
  statementPeriodRange,
  transitionStatement,
  type StatementAction,
} from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findOr404, findPage, idOrNone, projectCondition } from '../../db/queries.js';
import { domainError } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import { OrdersService } from '../orders/orders.service.js';
import { Payment } from '../orders/payment.entity.js';
import { ServiceOrder } from '../orders/service-order.entity.js';
import type { Project } from '../projects/project.entity.js';
import { MonthlyStatement } from './monthly-statement.entity.js';
import { StatementAdjustment } from './statement-adjustment.entity.js';
import type { StatementsArgs } from './statements.types.js';

const orders = new OrdersService();

/** Owners' monthly statements (README §3.7, 记账月结). */
export class StatementsService {
  /** `projects`: where the caller may read statements (null = all). */
  list(ctx: Ctx, args: StatementsArgs, projects: string[] | null): Promise<Page<MonthlyStatement>> {
    const where: FilterQuery<MonthlyStatement> = {};
    const f = args.filter;
    const project = projectCondition(projects, f?.projectId);
    if (project) where.projectId = project;
    if (f?.residentId) where.residentId = idOrNone(f.residentId);
    if (f?.year) where.year = f.year;
    if (f?.month) where.month = f.month;
    if (f?.state) where.state = f.state as never;
    return findPage(ctx.em, MonthlyStatement, where, { year: 'desc', month: 'desc' }, args);
  }

  find = (ctx: Ctx, id: string) => findOr404(ctx.em, MonthlyStatement, id);

  /**
   * (Re)builds the draft statements of a month from the orders settled to the statement in
   * that month and the owner's pending corrections. Issued statements are never touched.
   */
  async prepare(ctx: Ctx, project: Project, year: number, month: number): Promise<MonthlyStatement[]> {
    const { start, end } = statementPeriodRange({ year, month });
    return ctx.em.transactional(async (em) => {
      const payments = await em.find(Payment, { projectId: project.id, method: 'statement', paidAt: { $gte: start, $lt: end } });
      const orderRows = await em.find(ServiceOrder, { id: { $in: payments.map((p) => p.orderId) } });
      const byOrder = new Map(orderRows.map((o) => [o.id, o]));
      const owners = new Map<string, Payment[]>();
      for (const p of payments) {
        const owner = byOrder.get(p.orderId)?.residentId;
        if (owner) owners.set(owner, [...(owners.get(owner) ?? []), p]);
      }
      const pending = await em.find(StatementAdjustment, { projectId: project.id, includedInStatementId: null });
      for (const a of pending) if (!owners.has(a.residentId)) owners.set(a.residentId, []);

      const result: MonthlyStatement[] = [];
      for (const [residentId, charges] of owners) {
        const existing = await em.findOne(MonthlyStatement, { residentId, year, month });
        if (existing && existing.state !== 'draft') continue;
        const corrections = pending.filter((a) => a.residentId === residentId);
        const corrected = await em.find(MonthlyStatement, { id: { $in: corrections.map((a) => a.correctsStatementId) } });
        const periodOf = new Map(corrected.map((s) => [s.id, { year: s.year, month: s.month }]));
        const draft = draftStatement({
          period: { year, month },
          charges: charges.map((p) => ({ orderId: p.orderId, description: byOrder.get(p.orderId)!.description, settledAt: p.paidAt, amount: fen(p.amountFen) })),
          adjustments: corrections.map((a) => ({ correctsStatementId: a.correctsStatementId, correctsPeriod: periodOf.get(a.correctsStatementId)!, description: a.description, amount: fen(a.amountFen) })),
        });
        if (!draft.ok) throw domainError(draft);
        const s = draft.statement;
        const fields = {
          lines: s.lines.map((l) => ({ orderId: l.orderId, orderNumber: byOrder.get(l.orderId)!.number, description: l.description, settledAt: l.settledAt.toISOString(), amountFen: l.amount })),
          adjustments: corrections.map((a) => ({ adjustmentId: a.id, correctsStatementId: a.correctsStatementId, correctsYear: periodOf.get(a.correctsStatementId)!.year, correctsMonth: periodOf.get(a.correctsStatementId)!.month, description: a.description, amountFen: a.amountFen })),
          chargesTotalFen: s.chargesTotal,
          adjustmentsTotalFen: s.adjustmentsTotal,
          totalFen: s.total,
        };
        result.push(existing ? em.assign(existing, fields) : em.create(MonthlyStatement, { companyId: project.companyId, projectId: project.id, residentId, year, month, ...fields }));
      }
      await em.flush();
      return result;
    });
  }

  /** issue → confirm (by the owner, recorded by staff or their app) → pay (finance). */
  async step(ctx: Ctx, id: string, version: number, action: StatementAction): Promise<MonthlyStatement> {
    return ctx.em.transactional(async (em) => {
      const statement = await findOr404(em, MonthlyStatement, id);
      expectVersion(statement, version);
      const result = transitionStatement({
        statement: { state: statement.state, period: { year: statement.year, month: statement.month }, lineCount: statement.lines.length + statement.adjustments.length },
        action,
        actor: orders.actor(ctx, statement.projectId),
        now: ctx.now,
      });
      if (!result.ok) throw domainError(result);
      statement.state = result.to;
      if (action === 'issue') {
        statement.issuedAt = ctx.now;
        const ids = statement.adjustments.map((a) => a.adjustmentId);
        if (ids.length) await em.nativeUpdate(StatementAdjustment, { id: { $in: ids } }, { includedInStatementId: statement.id });
      }
      if (action === 'confirm') statement.confirmedAt = ctx.now;
      if (action === 'pay') statement.paidAt = ctx.now;
      await em.flush();
      return statement;
    });
  }

  /** A correction of an issued statement waits for the owner's next statement. */
  async correct(ctx: Ctx, statement: MonthlyStatement, amountFen: number, description: string): Promise<StatementAdjustment> {
    const check = statementCorrection({
      corrected: { id: statement.id, state: statement.state, period: { year: statement.year, month: statement.month } },
      amount: fen(amountFen),
      description,
    });
    if (!check.ok) throw domainError(check);
    const adjustment = ctx.em.create(StatementAdjustment, {
      companyId: statement.companyId,
      projectId: statement.projectId,
      residentId: statement.residentId,
      correctsStatementId: statement.id,
      description,
      amountFen,
    });
    await ctx.em.flush();
    return adjustment;
  }
}
