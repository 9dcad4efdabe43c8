import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryProtection } from '../src/server.js';
import { codeOf, createTestApp, type TestApp } from './harness.js';
import { DEFAULT_MAX_QUERY_COST } from '../src/config.js';
import { MAX_TAKE } from '../src/graphql/pagination.js';
import { queryCost } from '../src/graphql/query-cost.js';
import { createSchema } from '../src/graphql/schema.js';

const OPERATIONS_DIR = resolve(__dirname, '../../../packages/schema/src/operations');

/** Every operation the console sends, with its fragments. */
function consoleOperations() {
  const docs: DocumentNode[] = readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).map((f) => parse(readFileSync(join(OPERATIONS_DIR, f), 'utf8')));
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const operations: OperationDefinitionNode[] = [];
  for (const doc of docs) {
    for (const d of doc.definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
    }
  }
  return { fragments, operations, docs };
}

describe('query cost', () => {
  it('lets every console operation through at the largest page size', async () => {
    const schema = await createSchema();
    const { fragments, operations } = consoleOperations();
    expect(operations.length).toBeGreaterThan(20);
    const costs = operations.map((op) => {
      const variables = Object.fromEntries((op.variableDefinitions ?? []).map((v) => [v.variable.name.value, MAX_TAKE]));
      return { name: op.name?.value, cost: queryCost(schema, op, fragments, variables) };
    });
    for (const c of costs) expect(c.cost, c.name).toBeLessThanOrEqual(DEFAULT_MAX_QUERY_COST);
  });
});

describe('static query limits', () => {
  it('let every console operation through (depth, aliases, directives)', async () => {
    const schema = await createSchema();
    const { fragments, docs } = consoleOperations();
    const rules = [...specifiedRules, ...queryProtection({ introspection: false }).validationRules];
    for (const doc of docs) {
      // Each file with every fragment it may spread.
      const own = new Set(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
      const whole: DocumentNode = { ...doc, definitions: [...doc.definitions, ...Object.values(fragments).filter((f) => !own.has(f.name.value))] };
      const errors = validate(schema, whole, rules).filter((e) => !/Fragment "\w+" is never used/.test(e.message));
      expect(errors.map((e) => e.message)).toEqual([]);
    }
  });
});

describe('page sizes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  /** A value for a required argument: enough to get the operation to argument validation. */
  const sample = (arg: GraphQLArgument): unknown => {
    const named = getNamedType(arg.type);
    if (isInputObjectType(named)) return Object.fromEntries(Object.values(named.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, sample(f as unknown as GraphQLArgument)]));
    if (named.name === 'ID') return app.fx.p1.id;
    if (named.name === 'Int') return 1;
    if (named.name === 'String') return '2026-01';
    if (named.name === 'Boolean') return true;
    if (named.name === 'DateTime') return '2026-01-01T00:00:00Z';
    if ('getValues' in named) return named.getValues()[0]!.name;
    throw new Error(`no sample for ${named.name}`);
  };

  it('caps `take` at 100 for every paged query, with the value in a variable (checked per request, not once per query text)', async () => {
    const schema = await createSchema();
    const paged = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.some((a) => a.name === 'take'));
    expect(paged.length).toBeGreaterThan(15);
    for (const field of paged) {
      const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      const params = ['$take: Int!', ...required.map((a) => `$${a.name}: ${a.type.toString()}`)].join(', ');
      const args = ['take: $take', ...required.map((a) => `${a.name}: $${a.name}`)].join(', ');
      const query = `query(${params}) { ${field.name}(${args}) { __typename } }`;
      const vars = Object.fromEntries(required.map((a) => [a.name, sample(a)]));
      for (const [take, refused] of [[101, true], [1_000_000, true], [-1, true], [100, false]] as const) {
        const r = await app.gql(query, { ...vars, take });
        const fields = (r.errors?.[0]?.extensions?.fieldErrors ?? []).map((e: { field: string }) => e.field);
        if (refused) {
          expect(codeOf(r), `${field.name}(take: ${take})`).toBe('VALIDATION_FAILED');
          expect(fields, `${field.name}(take: ${take})`).toContain('take');
        } else {
          expect(fields, `${field.name}(take: ${take})`).not.toContain('take');
        }
      }
    }
  });

  it('caps nested page sizes too, and no nested `take` goes untested', async () => {
    const schema = await createSchema();
    const nested = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !['Query', 'Mutation'].includes(t.name))
      .flatMap((t) => Object.values((t as import('graphql').GraphQLObjectType).getFields()).filter((f) => f.args.some((a) => a.name === 'take')).map((f) => `${t.name}.${f.name}`));
    expect(nested.sort()).toEqual(['DepositAccount.transactions', 'SatisfactionSurvey.responses']);
    const tenant = await app.gql(`mutation($u: ID!) { createResident(input: { unitId: $u, name: "租户", phone: "13700000009", kind: TENANT }) { id } }`, { u: app.fx.unitsP1[5]!.id });
    const account = await app.gql(`mutation($r: ID!) { topUpDeposit(input: { residentId: $r, amountFen: 100 }) { id } }`, { r: tenant.data!.createResident.id });
    const q = `query($id: ID!, $take: Int!) { depositAccount(id: $id) { transactions(take: $take) { id } } }`;
    const big = await app.gql(q, { id: account.data!.topUpDeposit.id, take: 101 });
    expect(codeOf(big)).toBe('VALIDATION_FAILED');
    expect(big.errors![0]!.extensions!.field).toBe('take');
    const fine = await app.gql(q, { id: account.data!.topUpDeposit.id, take: 100 });
    expect(fine.data!.depositAccount.transactions).toHaveLength(1);

    const survey = await app.gql(`mutation($p: ID!) { createSatisfactionSurvey(input: { projectId: $p, period: "2024", distributed: 10, opensOn: "2024-06-01", closesOn: "2024-06-30" }) { id } }`, { p: app.fx.p1.id }, { as: 'pm' });
    const sq = `query($id: ID!, $take: Int!) { satisfactionSurvey(id: $id) { responses(take: $take) { totalCount } } }`;
    const id = survey.data!.createSatisfactionSurvey.id;
    expect((await app.gql(sq, { id, take: 101 }, { as: 'pm' })).errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'take' });
    expect((await app.gql(sq, { id, take: 100 }, { as: 'pm' })).data!.satisfactionSurvey.responses.totalCount).toBe(0);
  });
});
