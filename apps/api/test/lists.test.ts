import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const UNITS = `query($take: Int!, $skip: Int!) {
  units(take: $take, skip: $skip, sortField: NUMBER, sortOrder: DESC, filter: { projectId: "${'$P'}" }) {
    totalCount
    items { id number building { id name project { id name buildingCount } } project { code } residents { id name phone } }
  }
}`;

describe('lists', () => {
  it('filters, sorts, pages and counts', async () => {
    const q = UNITS.replace('$P', app.fx.p1.id);
    const page1 = await app.gql(q, { take: 10, skip: 0 });
    const page2 = await app.gql(q, { take: 10, skip: 10 });
    expect(page1.data!.units.totalCount).toBe(60);
    const numbers = [...page1.data!.units.items, ...page2.data!.units.items].map((u: { number: string }) => u.number);
    expect(numbers).toEqual([...numbers].sort().reverse());
    expect(new Set(numbers).size).toBe(20);
    expect(page1.data!.units.items[0].building.project.buildingCount).toBe(1);
  });

  it('searches residents by name or phone', async () => {
    const r = await app.gql(`{ residents(filter: { search: "1391234567" }) { totalCount items { name } } }`);
    expect(r.data!.residents.items.map((i: { name: string }) => i.name).sort()).toEqual(['张三', '李四']);
    const like = await app.gql(`{ residents(filter: { search: "%" }) { totalCount } }`);
    expect(like.data!.residents.totalCount).toBe(0);
  });

  it('loads relations of a page of 50 in a bounded number of SQL statements, whatever the page size', async () => {
    const q = UNITS.replace('$P', app.fx.p1.id);
    const small = await app.countQueries(() => app.gql(q, { take: 5, skip: 0 }));
    const large = await app.countQueries(() => app.gql(q, { take: 50, skip: 0 }));
    expect(large.result.data!.units.items).toHaveLength(50);
    // authenticate, page, count, buildings, projects, building counts, residents
    expect(large.count).toBeLessThanOrEqual(7);
    expect(large.count).toBe(small.count);
  });
});
