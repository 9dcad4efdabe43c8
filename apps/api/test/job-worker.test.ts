import { EventEmitter } from 'node:events';
import type { Runner } from 'graphile-worker';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { superviseRunner } from '../src/jobs/worker.js';

/** A runner as graphile-worker's `run` returns it, as far as the supervisor uses it: its promise settles when it stops. */
function runner() {
  let fail!: (e: unknown) => void;
  let done!: () => void;
  const promise = new Promise<void>((resolve, reject) => {
    done = resolve;
    fail = reject;
  });
  const r = { promise, events: new EventEmitter(), stopped: false, stop: async () => void ((r.stopped = true), done()) };
  return { runner: r as unknown as Runner & { stopped: boolean }, fail };
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
};

describe('the job worker', () => {
  const log = pino({ level: 'silent' });

  /** A supervised worker whose every start succeeds; `made` holds the runners started so far. */
  async function supervised(restartMs: number) {
    const made: ReturnType<typeof runner>[] = [];
    const worker = await superviseRunner(async () => {
      const r = runner();
      made.push(r);
      return r.runner;
    }, log, restartMs);
    return { made, worker };
  }

  it('is started again after its runner stops on an error, until the database lets it, and stops for good when asked', async () => {
    const made: ReturnType<typeof runner>[] = [];
    let refusals = 2;
    const start = async () => {
      if (made.length === 1 && refusals > 0) {
        refusals--;
        throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      }
      const r = runner();
      made.push(r);
      return r.runner;
    };
    const worker = await superviseRunner(start, log, 10);
    expect(made).toHaveLength(1);

    made[0]!.fail(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    await until(() => made.length === 2);
    expect(refusals).toBe(0); // two refused starts in between, each tried again

    await worker.stop();
    expect(made[1]!.runner.stopped).toBe(true);
    made[1]!.fail(new Error('after stop'));
    await new Promise((r) => setTimeout(r, 50));
    expect(made).toHaveLength(2);
  });

  it('is replaced when one of its workers dies, which graphile-worker neither replaces nor reports as a stop', async () => {
    const { made, worker } = await supervised(10);
    made[0]!.runner.events.emit('worker:fatalError', { worker: null as never, error: new Error('terminating connection due to unexpected postmaster exit'), jobError: null });
    await until(() => made.length === 2);
    expect(made[0]!.runner.stopped).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(made).toHaveLength(2); // the old runner's own stop does not start a third
    await worker.stop();
  });

  it('is not started again when stopped while waiting to restart', async () => {
    const { made, worker } = await supervised(30);
    made[0]!.fail(new Error('connection terminated'));
    await worker.stop();
    await new Promise((r) => setTimeout(r, 80));
    expect(made).toHaveLength(1);
  });
});
