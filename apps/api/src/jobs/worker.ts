import type { MikroORM } from '@mikro-orm/postgresql';
import { Logger as WorkerLogger, run, runMigrations, runOnce, type Runner, type TaskList } from 'graphile-worker';
import type { Logger } from 'pino';
import { publishDue, PUBLISH_TASK } from '../modules/catalog/price-lists.service.js';
import { generateAgreementOrders, generateAllAgreementOrders, GENERATE_TASK } from '../modules/agreements/agreements.service.js';
import { escalateComplaints, ESCALATE_TASK } from '../modules/complaints/escalation.js';
import { escalateLossStreaks } from '../modules/profitability/loss-decisions.service.js';
import { PNL_REFRESH_RECENT_TASK, PNL_REFRESH_TASK, refreshPnlMonth, refreshRecentMonths } from '../modules/profitability/pnl-rollup.js';
import { deliverChain, DELIVER_TASK, fanOutEvents, FANOUT_TASK, type Chain, type DeliveryOptions } from '../modules/webhooks/delivery.js';
import { requestScope, systemScope } from '../request-scope.js';
import { ORDER_SLA_TASK, proposeOrderBreaches } from '../modules/orders/sla-breaches.js';
import { KPI_REFRESH_RECENT_TASK, refreshRecentKpiMonths } from '../modules/kpi/kpi-rollup.js';
import { purgeWebhookHistory, WEBHOOK_PURGE_TASK } from '../modules/webhooks/retention.js';

/**
 * Background work runs in graphile-worker: jobs live in PostgreSQL, survive restarts and
 * are taken by exactly one worker even with several API processes.
 */
const ALL_AGREEMENTS_TASK = 'agreements_generate_all';

/**
 * Recurring work: long-term agreements get their next week of orders every hour; complaint
 * clocks are checked every minute (the shortest deadline is an hour, so 80 % is never missed).
 */
const PNL_ESCALATE_TASK = 'pnl_escalate';
const CRONTAB = [
  `0 * * * * ${ALL_AGREEMENTS_TASK}`,
  `* * * * * ${ESCALATE_TASK}`,
  // The P&L rollup is kept current by a job per completion or payment; the nightly pass is a
  // catch-all for the closed months, then loss streaks go to the GM.
  `10 2 * * * ${PNL_REFRESH_RECENT_TASK}`,
  `40 2 * * * ${PNL_ESCALATE_TASK}`,
  // Order response and on-site times are short (4 h, 30 min); a breach found within minutes is in good time for the KPI.
  `*/5 * * * * ${ORDER_SLA_TASK}`,
  `50 2 * * * ${KPI_REFRESH_RECENT_TASK}`,
  `20 3 * * * ${WEBHOOK_PURGE_TASK}`,
].join('\n');

export function taskList(orm: MikroORM, now: () => Date = () => new Date(), webhooks: DeliveryOptions = {}): TaskList {
  return {
    [FANOUT_TASK]: async () => {
      await requestScope.run(systemScope(FANOUT_TASK), () => fanOutEvents(orm.em.fork() as never, now()));
    },
    [DELIVER_TASK]: async (payload) => {
      await requestScope.run(systemScope(DELIVER_TASK), () => deliverChain(orm.em.fork() as never, payload as Chain, now(), webhooks));
    },
    [PUBLISH_TASK]: async (payload) => {
      const { priceListId } = payload as { priceListId: string };
      await requestScope.run(systemScope(PUBLISH_TASK), () => publishDue(orm.em.fork({ clear: true }) as never, priceListId, now()));
    },
    [GENERATE_TASK]: async (payload) => {
      const { agreementId } = payload as { agreementId: string };
      await requestScope.run(systemScope(GENERATE_TASK), () => generateAgreementOrders(orm.em.fork() as never, agreementId, now()));
    },
    [PNL_REFRESH_TASK]: async (payload) => {
      const { companyId, projectId, month } = payload as { companyId: string; projectId: string; month: string };
      await requestScope.run(systemScope(PNL_REFRESH_TASK), () => refreshPnlMonth(orm.em.fork() as never, companyId, projectId, month));
    },
    [PNL_REFRESH_RECENT_TASK]: async () => {
      await requestScope.run(systemScope(PNL_REFRESH_RECENT_TASK), () => refreshRecentMonths(orm.em.fork() as never, now()));
    },
    [PNL_ESCALATE_TASK]: async () => {
      await requestScope.run(systemScope(PNL_ESCALATE_TASK), () => escalateLossStreaks(orm.em.fork() as never, now()));
    },
    [ESCALATE_TASK]: async () => {
      await requestScope.run(systemScope(ESCALATE_TASK), () => escalateComplaints(orm.em.fork() as never, now()));
    },
    [WEBHOOK_PURGE_TASK]: async () => {
      await requestScope.run(systemScope(WEBHOOK_PURGE_TASK), () => purgeWebhookHistory(orm.em.fork() as never, now()));
    },
    [ORDER_SLA_TASK]: async () => {
      await requestScope.run(systemScope(ORDER_SLA_TASK), () => proposeOrderBreaches(orm.em.fork() as never, now()));
    },
    [KPI_REFRESH_RECENT_TASK]: async () => {
      await requestScope.run(systemScope(KPI_REFRESH_RECENT_TASK), () => refreshRecentKpiMonths(orm.em.fork() as never, now()));
    },
    [ALL_AGREEMENTS_TASK]: async () => {
      await requestScope.run(systemScope(ALL_AGREEMENTS_TASK), () => generateAllAgreementOrders(orm.em.fork() as never, now()));
    },
  };
}

/** The worker's own schema (graphile_worker.*), applied with the app's migrations. */
export async function migrateJobQueue(connectionString: string, log: Logger): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger(log) });
}

function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger(() => (level, message, meta) => {
    const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
    log[method]({ worker: meta }, message);
  });
}

/** What main.ts holds: the job worker, however many times it has been started. */
export interface JobWorker {
  stop(): Promise<void>;
}

/** How long a stopped worker waits before starting again (the database may still be down). */
export const WORKER_RESTART_MS = 5_000;

/**
 * Keeps a runner going. When a job cannot even be marked failed (the database went away mid-job)
 * graphile-worker 0.16 ends that worker for good and leaves its pool running without it, or stops
 * the runner; background work (webhooks, complaint clocks, the P&L rollup) would then never run
 * again until someone restarted the API. A runner that lost a worker or stopped on an error is
 * replaced after `restartMs`, and again until the database lets it start.
 */
export async function superviseRunner(start: () => Promise<Runner>, log: Logger, restartMs = WORKER_RESTART_MS): Promise<JobWorker> {
  let runner: Runner | null = null;
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  const watch = (r: Runner) => {
    let down = false;
    const restart = (error: unknown) => {
      if (down || stopping) return;
      down = true;
      runner = null;
      log.warn({ err: error }, 'job worker stopped on an error; starting it again');
      // A worker that dies is not replaced by its pool, and the pool keeps running empty: stop it.
      void r.stop().catch(() => undefined);
      later();
    };
    r.events.on('worker:fatalError', ({ error }) => restart(error));
    r.promise.catch(restart);
  };
  const later = () => {
    timer = setTimeout(() => {
      timer = null;
      if (stopping) return;
      start().then(
        (r) => {
          if (stopping) return void r.stop();
          runner = r;
          watch(r);
          log.warn('job worker started again');
        },
        (error: unknown) => {
          log.warn({ err: error }, 'job worker could not start yet');
          later();
        },
      );
    }, restartMs);
  };
  runner = await start();
  watch(runner);
  return {
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await runner?.stop();
    },
  };
}

export function startWorker(opts: { orm: MikroORM; connectionString: string; log: Logger }): Promise<JobWorker> {
  const start = () =>
    run({
      connectionString: opts.connectionString,
      concurrency: 2,
      pollInterval: 1000,
      noHandleSignals: true,
      crontab: CRONTAB,
      logger: workerLogger(opts.log),
      taskList: taskList(opts.orm),
    });
  return superviseRunner(start, opts.log);
}

/** Runs every job that is due now, then returns (tests and one-off maintenance). */
export async function runDueJobs(opts: { orm: MikroORM; connectionString: string; log: Logger; now?: () => Date; webhooks?: DeliveryOptions }): Promise<void> {
  await runOnce({ connectionString: opts.connectionString, logger: workerLogger(opts.log), taskList: taskList(opts.orm, opts.now, opts.webhooks) });
}
