import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatError } from '../src/graphql/errors.js';
import { requestScope } from '../src/request-scope.js';
import { Unit } from '../src/modules/projects/unit.entity.js';
import { codeOf, createTestApp, type TestApp } from './harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const UPDATE_UNIT = `mutation($id: ID!, $v: Int!, $floor: Int, $number: String) { updateUnit(input: { id: $id, version: $v, floor: $floor, number: $number }) { version floor number } }`;
const version = async (id: string) => (await app.gql(`query($id: ID!) { unit(id: $id) { version } }`, { id })).data!.unit.version as number;

describe('typed errors', () => {
  it('names the field of a validation failure, in Chinese by default and English on request', async () => {
    const vars = { input: { code: 'has space', name: '', kind: 'RESIDENTIAL' } };
    const q = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
    const zh = await app.gql(q, vars);
    expect(zh.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'code' });
    expect(zh.errors![0]!.message).toContain('只能包含字母、数字和 -_');
    expect(zh.errors![0]!.extensions!.fieldErrors.map((f: { field: string }) => f.field).sort()).toEqual(['code', 'name']);
    const en = await app.gql(q, vars, { locale: 'en' });
    expect(en.errors![0]!.message).toBe('code: may only contain letters, digits, - and _');
    expect(en.errors![0]!.extensions!.messages.zh).toContain('只能包含');
  });

  it('reports a wrong enum or a missing field as VALIDATION_FAILED, not a server error', async () => {
    const r = await app.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input: { code: 'X1', name: 'x', kind: 'CASTLE' } });
    expect(codeOf(r)).toBe('VALIDATION_FAILED');
  });

  it('caps list pages at 100 rows', async () => {
    const r = await app.gql(`query($t: Int!) { units(take: $t) { totalCount } }`, { t: 101 });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'take' });
    const ok = await app.gql(`{ units { items { id } } }`);
    expect(ok.data!.units.items).toHaveLength(25);
  });

  it('answers a malformed or unknown id with NOT_FOUND', async () => {
    for (const id of ['not-a-uuid', '01960000-0000-7000-8000-000000000000', "'; drop table unit; --"]) {
      const r = await app.gql(UPDATE_UNIT, { id, v: 1, floor: 1 });
      expect(codeOf(r)).toBe('NOT_FOUND');
    }
  });

  it('reports a duplicate as CONFLICT with the field, and writes nothing', async () => {
    const [a, b] = app.fx.unitsP1;
    const r = await app.gql(UPDATE_UNIT, { id: b!.id, v: await version(b!.id), number: a!.number });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'number' });
    const row = await app.orm.em.fork().findOne(Unit, { id: b!.id }, { filters: false });
    expect(row!.number).toBe(b!.number);
  });

  it('masks unexpected errors and logs them with the request id', () => {
    const logged: unknown[] = [];
    const log = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });
    const format = createFormatError(log);
    const out = requestScope.run({ requestId: 'req-1', locale: 'en', actor: null, operation: null }, () =>
      format({ message: 'relation "secret_table" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error('relation "secret_table" does not exist at /app/src/x.ts:1')),
    );
    expect(out).toEqual({
      message: 'Internal server error; please try again later',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', messages: expect.any(Object), requestId: 'req-1' },
    });
    expect(JSON.stringify(out)).not.toContain('secret_table');
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged[0])).toContain('secret_table');
  });
});

describe('optimistic concurrency', () => {
  it('rejects a stale version with CONFLICT and changes nothing', async () => {
    const unit = app.fx.unitsP1[10]!;
    const v = await version(unit.id);
    const first = await app.gql(UPDATE_UNIT, { id: unit.id, v, floor: 7 });
    expect(first.data!.updateUnit).toMatchObject({ version: v + 1, floor: 7 });
    const stale = await app.gql(UPDATE_UNIT, { id: unit.id, v, floor: 9 }, { locale: 'en' });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(stale.errors![0]!.message).toMatch(/changed by someone else/);
    const row = await app.orm.em.fork().findOne(Unit, { id: unit.id }, { filters: false });
    expect(row).toMatchObject({ floor: 7, version: v + 1 });
  });

  it('lets exactly one of many simultaneous edits of the same version win', async () => {
    const unit = app.fx.unitsP1[11]!;
    const v = await version(unit.id);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => app.gql(UPDATE_UNIT, { id: unit.id, v, floor: 20 + i })));
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(Array(7).fill('CONFLICT'));
    const row = await app.orm.em.fork().findOne(Unit, { id: unit.id }, { filters: false });
    expect(row).toMatchObject({ version: v + 1, floor: winners[0]!.data!.updateUnit.floor });
  });
});

describe('variables', () => {
  it('answers a flood of invalid values (graphql-js gives up after 50) as VALIDATION_FAILED, not a server error', async () => {
    const r = await app.gql(`mutation($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { version } }`, { input: { version: 0, holidayYears: Array.from({ length: 100 }, () => 'x') } }, { locale: 'en' });
    expect(new Set(r.errors!.map((e) => e.extensions!.code))).toEqual(new Set(['VALIDATION_FAILED']));
    expect(r.errors!.at(-1)!.extensions!.messages.en).toBe('Too many invalid values in the input; processing stopped');
  });
});
