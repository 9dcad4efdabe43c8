import 'reflect-metadata';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/graphql/schema.js';
import { tableDigest } from './fuzz/db-digest.js';
import { MALFORMED_IDS, planArb, type Edit } from './fuzz/hostile.js';
import { applyEdits, editablePaths, genericVars, operationFor, type Vars } from './fuzz/inputs.js';
import { getNamedType, type GraphQLArgument } from 'graphql';
import { BASES, World, type Base } from './fuzz/world.js';
import { createTestApp, type GqlResult, type TestApp } from './harness.js';

/**
 * Every mutation of the built schema — including ones added after this file was written —
 * called with hostile values (fast-check): very long text, CJK and emoji, control characters,
 * SQL and HTML, huge and negative numbers, NaN-like strings, impossible dates, wrong enums,
 * missing and null fields, ids of another company or of the wrong kind, huge lists.
 *
 * Each call must end in success or a typed rejection (never an internal error), and a
 * rejected call must leave every table exactly as it was (a digest of all rows before and
 * after). `FUZZ_RUNS` calls per mutation: 20 in `npm test`, 200 in `npm run test:fuzz`.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** Codes a client can act on. INTERNAL_SERVER_ERROR and SERVICE_UNAVAILABLE are failures here. */
const TYPED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED', 'CONFLICT', 'INVALID_STATE', 'GRAPHQL_VALIDATION_FAILED']);
/** Results that are a refusal in the data rather than an error (a wrong password, a list not ready). */
const REFUSAL_TYPES = /Failure$|NotReady$/;

const schema = await createSchema();
const MUTATIONS = Object.values(schema.getMutationType()!.getFields()).sort((a, b) => a.name.localeCompare(b.name));

let app: TestApp;
let world: World;
let digest: () => Promise<string>;
let known: string | null = null;

beforeAll(async () => {
  // One connection: a mutation that needed a second one while its transaction holds the first
  // would wait for it and fail (SERVICE_UNAVAILABLE is not a typed answer here): see one-connection.test.ts.
  app = await createTestApp({ db: { poolMax: 1, acquireTimeoutMs: 5_000 } });
  world = new World(app);
  await world.setup();
  digest = await tableDigest(app.orm);
}, 180_000);
afterAll(() => app?.close());

/** Ids for generic inputs, by what the field is called. */
function idFor(field: string): string {
  const fx = app.fx;
  const byName: Record<string, string> = {
    projectId: fx.p1.id,
    buildingId: fx.buildingP1.id,
    unitId: fx.unitsP1[0]!.id,
    residentId: fx.residentP1.id,
    userId: fx.users.worker.id,
    workerId: fx.users.worker.id,
    supervisorId: fx.users.supervisor.id,
    collectedById: fx.users.worker.id,
    catalogItemId: world.items['疏通下水']!,
    itemId: world.items['疏通下水']!,
  };
  return byName[field] ?? fx.unitsP1[0]!.id;
}

/**
 * Hostile values of the right GraphQL type, so they get past coercion and meet the API's own
 * checks: script in the first text field, a negative number in the first Int, another
 * company's id in the first ID. Run first, before the random plans.
 */
function typedExamples(args: readonly GraphQLArgument[], vars: Vars): Edit[][] {
  const paths = editablePaths(args, vars);
  const first = (type: string) => paths.findIndex((p) => getNamedType(p.type).name === type);
  const edit = (pick: number, over: Partial<Edit>): Edit => ({ pick, op: 'replace', str: '', int: 0, float: 0, date: '', enumValue: '', otherEnum: 1, id: 0, list: 'empty', ...over });
  const examples: Edit[][] = [];
  if (first('String') >= 0) examples.push([edit(first('String'), { str: '<img src=x onerror=alert(1)>'.repeat(400) })]);
  if (first('Int') >= 0) examples.push([edit(first('Int'), { int: -2147483648 })]);
  if (first('ID') >= 0) examples.push([edit(first('ID'), { id: 1 })]);
  return examples;
}

interface Outcome {
  rejected: boolean;
  reached: boolean;
}

/** What the call came to; throws with the details if it was not a typed, explainable answer. */
function judge(name: string, vars: Vars, r: GqlResult): Outcome {
  const show = () => `${name}(${JSON.stringify(vars).slice(0, 600)}) → ${JSON.stringify(r).slice(0, 800)}`;
  if (!r.errors) {
    const payload = r.data?.[name] as { __typename?: string } | undefined;
    return { rejected: !!payload?.__typename && REFUSAL_TYPES.test(payload.__typename), reached: true };
  }
  for (const e of r.errors) {
    const code = e.extensions?.code as string | undefined;
    if (!code || !TYPED.has(code)) throw new Error(`untyped or internal error (${code}): ${JSON.stringify(e).slice(0, 600)} in ${show()}`);
    const m = e.extensions?.messages as { zh?: string; en?: string } | undefined;
    if (code !== 'GRAPHQL_VALIDATION_FAILED' && (!m?.zh || !m?.en)) throw new Error(`error without zh/en messages: ${show()}`);
    // The database's own refusal (errors.ts maps it so the client still gets a typed answer) means a validator is missing.
    if (m?.en === 'A value could not be stored; check the input and try again') throw new Error(`the database refused a value validation let through: ${show()}`);
    // A message may quote the client's own value back; beyond that it must not show the database or the code.
    const internals = e.message.match(/relation "|column "|violates|duplicate key|syntax error at|\.ts:\d+|node_modules|knex|mikro-?orm/i);
    if (internals && !JSON.stringify(vars).includes(internals[0])) throw new Error(`internals in a message: ${show()}`);
  }
  // Coercion errors (wrong type, unknown field, missing variable) carry no field: the call never reached the API's own checks.
  const reached = r.errors.some((e) => e.extensions?.code !== 'VALIDATION_FAILED' || e.extensions?.field || e.extensions?.fieldErrors);
  return { rejected: true, reached };
}

async function call(name: string, query: string, vars: Vars, as: Base['as']): Promise<Outcome> {
  const before = world.dirty || !known ? await digest() : known;
  world.dirty = false;
  const r = await app.gql(query, vars, { as: as ?? 'gm' });
  const outcome = judge(name, vars, r);
  if (outcome.rejected) {
    const after = await digest();
    if (after !== before) throw new Error(`a rejected call changed the database: ${name}(${JSON.stringify(vars).slice(0, 600)}) → ${JSON.stringify(r.errors ?? r.data).slice(0, 400)}`);
    known = after;
  } else {
    known = null;
  }
  return outcome;
}

const coverage = new Map<string, { runs: number; reached: number; accepted: number; generic: boolean }>();

describe('hostile input to every mutation', () => {
  it('finds the mutations in the schema', () => {
    expect(MUTATIONS.length).toBeGreaterThan(60);
  });

  it('has a digest that sees every committed write and no rolled-back one', async () => {
    const sql = (q: string) => app.orm.em.fork().getConnection().execute(q);
    const unit = app.fx.unitsP1[0]!.id;
    const a = await digest();
    await app.orm.em
      .fork()
      .transactional(async (em) => {
        await em.execute(`update unit set floor = floor where id = '${unit}'`);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await digest()).toBe(a);
    await sql(`update unit set floor = floor where id = '${unit}'`);
    const b = await digest();
    expect(b).not.toBe(a);
    await sql(`delete from audit_entry where id = (select id from audit_entry order by at desc limit 1)`);
    expect(await digest()).not.toBe(b);
    const c = await digest();
    // Login bookkeeping is not a business change.
    await sql(`update staff_user set failed_logins = failed_logins + 1 where id = '${app.fx.users.gm.id}'`);
    expect(await digest()).toBe(c);
    await sql(`update staff_user set failed_logins = 0 where id = '${app.fx.users.gm.id}'`);
    world.dirty = true;
  });

  for (const field of MUTATIONS) {
    it(`${field.name}`, { timeout: Math.max(120_000, RUNS * 2_000) }, async () => {
      const hand = BASES[field.name];
      const base: Base = hand ?? { vars: () => genericVars(field.args, idFor) };
      const query = operationFor(field);
      const ids = [...world.foreignIds(), ...MALFORMED_IDS];
      const stats = { runs: 0, reached: 0, accepted: 0, generic: !hand };
      coverage.set(field.name, stats);

      const control = await base.vars(world);
      if (hand) {
        // The base itself must be a valid call, or the hostile values would not land where meant.
        const r = await app.gql(query, control, { as: base.as ?? 'gm' });
        world.dirty = true;
        expect(r.errors, `base of ${field.name} is not a valid call: ${JSON.stringify(r.errors)}`).toBeUndefined();
      }
      const examples = typedExamples(field.args, control).map((plan) => [plan] as [Edit[]]);

      await fc.assert(
        fc.asyncProperty(planArb, async (plan) => {
          const valid = await base.vars(world);
          const vars = applyEdits(field.args, valid, plan, ids);
          const outcome = await call(field.name, query, vars, base.as);
          stats.runs++;
          if (outcome.reached) stats.reached++;
          if (!outcome.rejected) stats.accepted++;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true, examples },
      );
      // No coverage at all would be every call refused before the mutation's own checks ran.
      expect(stats.reached, `${field.name}: no hostile call got past GraphQL's own coercion`).toBeGreaterThan(0);
    });
  }

  it('covered every mutation', () => {
    const missing = MUTATIONS.filter((m) => (coverage.get(m.name)?.runs ?? 0) < RUNS).map((m) => m.name);
    expect(missing).toEqual([]);
    const generic = [...coverage].filter(([, s]) => s.generic).map(([n]) => n);
    if (generic.length) console.info(`fuzzed from generic values only (add a base in test/fuzz/world.ts): ${generic.join(', ')}`);
    const total = [...coverage.values()].reduce((a, s) => ({ runs: a.runs + s.runs, reached: a.reached + s.reached, accepted: a.accepted + s.accepted }), { runs: 0, reached: 0, accepted: 0 });
    console.info(`fuzz: ${coverage.size} mutations, ${total.runs} hostile calls, ${total.reached} reached the API's checks, ${total.accepted} accepted, 0 internal errors`);
  });
});
