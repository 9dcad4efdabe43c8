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

describe('database refusals', () => {
  it('answers a value PostgreSQL refuses (out of range, not a number, an impossible date, too long) as VALIDATION_FAILED if validation ever lets one through', async () => {
    const format = createFormatError(pino({ level: 'silent' }));
    for (const sql of [`select 99999999999::int as n`, `select 'abc'::int`, `select '2026-02-30'::date`, `with t(v) as (select 1) update unit set number = repeat('9', 200) where id = '${app.fx.unitsP1[59]!.id}'`, `update unit set number = null where id = '${app.fx.unitsP1[59]!.id}'`]) {
      const error = await app.orm.em.fork().execute(sql).then(() => null, (e: unknown) => e);
      expect(error, sql).not.toBeNull();
      const out = requestScope.run({ requestId: 'r', locale: 'en', actor: null, operation: null }, () => format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error));
      expect(out.extensions, sql).toMatchObject({ code: 'VALIDATION_FAILED', messages: { en: 'A value could not be stored; check the input and try again' } });
    }
  });
});

describe('unusable arguments', () => {
  it('refuses an empty id, which an optional id would otherwise store', async () => {
    const r = await app.gql(`mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }`, {
      i: { projectId: app.fx.p1.id, residentId: '', contactName: '张三', contactPhone: '13912345678', description: '灯坏', channel: 'phone', category: 1, valid: true, severity: 'GENERAL', responsibleDepartment: 'ENGINEERING' },
    });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'residentId' });
    expect((await app.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: '' })).errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'id' });
    // A text field may be empty where its own validation allows it: only ids are refused.
    const ok = await app.gql(`mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }`, {
      i: { projectId: app.fx.p1.id, contactName: '张三', contactPhone: '13912345678', description: '灯坏', wants: '', channel: 'phone', category: 1, valid: true, severity: 'GENERAL', responsibleDepartment: 'ENGINEERING' },
    });
    expect(ok.errors).toBeUndefined();
  });

  it('refuses a NUL character in any argument before the database sees it, naming the field', async () => {
    const create = `mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`;
    const r = await app.gql(create, { i: { unitId: app.fx.unitsP1[1]!.id, name: '张\u0000三', phone: '13900000000', kind: 'OWNER' } }, { locale: 'en' });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'name' });
    expect(r.errors![0]!.message).toBe('must not contain a NUL character (U+0000)');
    const lines = await app.gql(`mutation($i: QuoteServiceOrderInput!) { quoteServiceOrder(input: $i) { id } }`, { i: { id: app.fx.unitsP1[0]!.id, version: 1, lines: [{ kind: 'MATERIAL', name: 'a\u0000', quantityMilli: 1000, unitPriceFen: 1 }] } });
    expect(lines.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'lines.0.name' });
    const flat = await app.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: '\u0000' });
    expect(flat.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'id' });
    const surrogate = await app.gql(create, { i: { unitId: app.fx.unitsP1[1]!.id, name: '张\uD800', phone: '13900000000', kind: 'OWNER' } });
    expect(surrogate.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'name' });
    // Emoji (a surrogate pair) is text like any other.
    expect((await app.gql(create, { i: { unitId: app.fx.unitsP1[1]!.id, name: '张三😀', phone: '13900000000', kind: 'OWNER' } })).errors).toBeUndefined();
  });

  it('answers an id that cannot exist in a mutation as NOT_FOUND naming the field, however deep', async () => {
    const r = await app.gql(`mutation($i: RecordPenaltyInput!) { recordPenalty(input: $i) { id } }`, {
      i: { projectId: app.fx.p1.id, userId: app.fx.users.worker.id, rule: 'PROCEDURE_VIOLATION', occurredAt: new Date().toISOString(), note: '未按流程', evidenceType: 'ORDER', evidenceId: '0196a3b2-0123-7abc-8def-01234567890' },
    }, { as: 'pm' });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'evidenceId' });
    const year = await app.gql(`mutation($i: PlanFollowUpInput!) { planFollowUp(input: $i) { id } }`, {
      i: { projectId: app.fx.p1.id, subject: 'SPECIAL_INCIDENT', label: '停水', contactName: '张三', contactPhone: '13912345678', completedAt: '0000-01-01T00:00:00Z' },
    }, { as: 'pm' });
    expect(year.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'completedAt' });
    // A list's filter still matches nothing instead.
    expect((await app.gql(`{ residents(filter: { unitId: "not-a-uuid" }) { totalCount } }`)).data!.residents.totalCount).toBe(0);
  });
});

describe('null for a field that cannot be empty', () => {
  it('leaves a project’s name as it was (null means no change), never a server error', async () => {
    const p = (await app.gql(`query($id: ID!) { project(id: $id) { version name } }`, { id: app.fx.p2.id })).data!.project;
    const r = await app.gql(`mutation($i: UpdateProjectInput!) { updateProject(input: $i) { name } }`, { i: { id: app.fx.p2.id, version: p.version, name: null, address: '新地址' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateProject.name).toBe(p.name);
  });
});
