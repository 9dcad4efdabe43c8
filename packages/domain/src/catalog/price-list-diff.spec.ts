import { describe, expect, it } from 'vitest';
import { fen } from '../money/fen.js';
import type { CostModel } from './cost-model.js';
import { diffPriceLists, type PriceListFieldChange } from './price-list-diff.js';
import type { PriceListEntry } from './price-list-entry.js';
import { fixedPricing, freePricing, rangePricing, unsetPricing, workloadPricing, type Pricing } from './pricing.js';

const entry = (catalogItemId: string, category: string, name: string, unit: string, pricing: Pricing): PriceListEntry => ({
  catalogItemId,
  category,
  name,
  unit,
  pricing,
});

const drain = entry('drain', '水电类', '疏通下水', '次', fixedPricing(fen(3000)));
const pipes = entry('pipes', '水电类', '换管', '次', workloadPricing(fen(1000), fen(100_000)));
const lock = entry('lock', '门窗类', '换锁', '把', rangePricing(fen(1000), fen(5000)));
const windowLock = entry('window-lock', '门窗类', '窗户(推拉门)换锁', '把', unsetPricing());
const fan = entry('fan', '安装类', '安装排气扇', '台', rangePricing(fen(2000), fen(3000)));
const parcels = entry('parcels', '免费服务', '邮件收递', '次', freePricing());

const ids = (entries: readonly { catalogItemId: string }[]) => entries.map((e) => e.catalogItemId);

describe('diffPriceLists: what a new version changes', () => {
  it.each<{ rule: string; before: PriceListEntry[]; after: PriceListEntry[]; added: string[]; removed: string[]; changed: Record<string, PriceListFieldChange[]> }>([
    { rule: 'identical versions', before: [drain, lock], after: [lock, drain], added: [], removed: [], changed: {} },
    { rule: 'an added item', before: [drain], after: [drain, lock], added: ['lock'], removed: [], changed: {} },
    { rule: 'a removed item', before: [drain, lock], after: [drain], added: [], removed: ['lock'], changed: {} },
    {
      rule: 'a raised fixed price (¥30.00 → ¥35.00)',
      before: [drain],
      after: [{ ...drain, pricing: fixedPricing(fen(3500)) }],
      added: [],
      removed: [],
      changed: { drain: [{ field: 'price', before: 3000, after: 3500 }] },
    },
    {
      rule: 'a range moved at both ends',
      before: [lock],
      after: [{ ...lock, pricing: rangePricing(fen(1500), fen(6000)) }],
      added: [],
      removed: [],
      changed: {
        lock: [
          { field: 'min', before: 1000, after: 1500 },
          { field: 'max', before: 5000, after: 6000 },
        ],
      },
    },
    {
      rule: 'a newly priced item (unset → fixed)',
      before: [windowLock],
      after: [{ ...windowLock, pricing: fixedPricing(fen(2000)) }],
      added: [],
      removed: [],
      changed: {
        'window-lock': [
          { field: 'mode', before: 'unset', after: 'fixed' },
          { field: 'price', before: null, after: 2000 },
        ],
      },
    },
    {
      rule: 'fixed → range shows the mode and every amount',
      before: [drain],
      after: [{ ...drain, pricing: rangePricing(fen(2000), fen(4000)) }],
      added: [],
      removed: [],
      changed: {
        drain: [
          { field: 'mode', before: 'fixed', after: 'range' },
          { field: 'price', before: 3000, after: null },
          { field: 'min', before: null, after: 2000 },
          { field: 'max', before: null, after: 4000 },
        ],
      },
    },
    {
      rule: 'range → workload with the same bounds changes only the mode',
      before: [lock],
      after: [{ ...lock, pricing: workloadPricing(fen(1000), fen(5000)) }],
      added: [],
      removed: [],
      changed: { lock: [{ field: 'mode', before: 'range', after: 'workload' }] },
    },
    {
      rule: 'a paid item made free',
      before: [drain],
      after: [{ ...drain, pricing: freePricing() }],
      added: [],
      removed: [],
      changed: {
        drain: [
          { field: 'mode', before: 'fixed', after: 'free' },
          { field: 'price', before: 3000, after: 0 },
        ],
      },
    },
    {
      rule: 'a new unit, a renamed item',
      before: [lock],
      after: [{ ...lock, unit: '套', name: '换锁芯' }],
      added: [],
      removed: [],
      changed: {
        lock: [
          { field: 'unit', before: '把', after: '套' },
          { field: 'name', before: '换锁', after: '换锁芯' },
        ],
      },
    },
    {
      rule: 'a free item written with or without its 0 price is unchanged',
      before: [{ ...parcels, pricing: { mode: 'free' } }],
      after: [parcels],
      added: [],
      removed: [],
      changed: {},
    },
  ])('$rule', ({ before, after, added, removed, changed }) => {
    const diff = diffPriceLists({ before, after });
    expect(ids(diff.added)).toEqual(added);
    expect(ids(diff.removed)).toEqual(removed);
    expect(Object.fromEntries(diff.changed.map((c) => [c.catalogItemId, c.changes]))).toEqual(changed);
    expect(diff.marginWarnings).toEqual([]);
  });

  it('keeps old and new entries on each change', () => {
    const raised = { ...drain, pricing: fixedPricing(fen(3500)) };
    expect(diffPriceLists({ before: [drain], after: [raised] }).changed).toEqual([
      { catalogItemId: 'drain', before: drain, after: raised, changes: [{ field: 'price', before: 3000, after: 3500 }] },
    ]);
  });

  it('orders every list by category, then name, whatever the input order', () => {
    const before = [parcels, lock, drain, pipes, windowLock, fan];
    const after = [
      { ...windowLock, pricing: fixedPricing(fen(2000)) },
      { ...pipes, pricing: workloadPricing(fen(2000), fen(100_000)) },
      { ...fan, pricing: rangePricing(fen(2500), fen(3000)) },
      { ...lock, pricing: rangePricing(fen(1500), fen(5000)) },
    ];
    const added = [
      entry('z-new', '门窗类', '维修地弹簧', '个', rangePricing(fen(2000), fen(10_000))),
      entry('a-new', '安装类', '挂画', '件', rangePricing(fen(1500), fen(5000))),
      entry('m-new', '安装类', '安装热水器', '台', fixedPricing(fen(5000))),
    ];
    const diff = diffPriceLists({ before, after: [...added, ...after] });
    // Code-unit order: 免 < 安 < 水 < 门; 安装排气扇 < 安装热水器 < 挂画; 换管 < 疏通下水; 换锁 < 窗户….
    expect(ids(diff.added)).toEqual(['m-new', 'a-new', 'z-new']);
    expect(ids(diff.removed)).toEqual(['parcels', 'drain']);
    expect(ids(diff.changed)).toEqual(['fan', 'pipes', 'lock', 'window-lock']);
  });
});

describe('margin warnings for the new version, when cost models are given', () => {
  const costModels = new Map<string, CostModel>([
    // ¥31.08 per visit (see cost-model.spec): ¥30.00 is a loss.
    ['drain', { labourMinutes: 45, labourRatePerHour: fen(3000), materials: fen(500), overheadBasisPoints: 1000, riskBasisPoints: 300 }],
    // ¥9.41 each: ¥50.00 at the top of the range is 81.18%, over the 20% ceiling.
    ['lock', { labourMinutes: 20, labourRatePerHour: fen(2500), materials: fen(0), overheadBasisPoints: 1000, riskBasisPoints: 300 }],
    // ¥5.50, but free: goodwill, no warning.
    ['parcels', { labourMinutes: 10, labourRatePerHour: fen(3000), materials: fen(0), overheadBasisPoints: 1000, riskBasisPoints: 0 }],
  ]);

  it('flags the new version’s prices, changed or not', () => {
    const diff = diffPriceLists({ before: [drain], after: [drain, lock, parcels, fan], costModels });
    expect(diff.marginWarnings.map((m) => ({ id: m.catalogItemId, warnings: m.warnings.map((w) => `${w.code}@${w.at}`) }))).toEqual([
      { id: 'drain', warnings: ['loss@price'] },
      { id: 'lock', warnings: ['over_margin@max'] },
    ]);
  });

  it('clears the loss once the price covers the cost', () => {
    const raised = { ...drain, pricing: fixedPricing(fen(3500)) };
    expect(diffPriceLists({ before: [drain], after: [raised], costModels }).marginWarnings).toEqual([]);
  });

  it('uses the company’s ceiling when given', () => {
    const diff = diffPriceLists({ before: [], after: [lock], costModels, marginCeilingBasisPoints: 9000 });
    expect(diff.marginWarnings).toEqual([]);
  });
});
