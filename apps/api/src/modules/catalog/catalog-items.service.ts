import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Ctx } from '../../context.js';
import { expectVersion, findOr404, findPage, like } from '../../db/queries.js';
import { AppError } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import { Company } from '../company/company.entity.js';
import { CatalogItem } from './catalog-item.entity.js';
import { assertValidCost, assertValidPricing, pricingColumns } from './catalog-rules.js';
import type { CatalogItemsArgs, CreateCatalogItemInput, UpdateCatalogItemInput } from './catalog.types.js';

/** The company template (有偿服务项目及收费标准) that project price lists adopt. */
export class CatalogItemsService {
  list(ctx: Ctx, args: CatalogItemsArgs): Promise<Page<CatalogItem>> {
    const where: FilterQuery<CatalogItem> = {};
    if (args.category) where.category = args.category;
    if (args.search) where.name = { $ilike: like(args.search) };
    return findPage(ctx.em, CatalogItem, where, { kind: 'asc', position: 'asc' }, args);
  }

  find = (ctx: Ctx, id: string) => findOr404(ctx.em, CatalogItem, id);

  private async extraUnits(ctx: Ctx): Promise<string[]> {
    return (await ctx.em.findOneOrFail(Company, { id: ctx.companyId! })).extraUnits;
  }

  async create(ctx: Ctx, input: CreateCatalogItemInput): Promise<CatalogItem> {
    const columns = input.kind === 'free' ? { mode: 'free' as const, priceFen: 0, minFen: null, maxFen: null } : pricingColumns(input.pricing);
    assertValidPricing(columns, input.unit, await this.extraUnits(ctx));
    if (input.costModel) assertValidCost(input.costModel);
    if (await ctx.em.findOne(CatalogItem, { category: input.category, name: input.name })) {
      throw new AppError('CONFLICT', 'error.duplicate', { field: input.name }, 'name');
    }
    const last = await ctx.em.findOne(CatalogItem, {}, { orderBy: { position: 'desc' } });
    const item = ctx.em.create(CatalogItem, {
      companyId: ctx.companyId!,
      category: input.category,
      name: input.name,
      unit: input.unit,
      kind: input.kind,
      ...columns,
      ...(input.costModel ?? {}),
      position: (last?.position ?? 0) + 1,
    });
    await ctx.em.flush();
    return item;
  }

  async update(ctx: Ctx, item: CatalogItem, input: UpdateCatalogItemInput): Promise<CatalogItem> {
    expectVersion(item, input.version);
    const columns = input.pricing ? pricingColumns(input.pricing) : item;
    assertValidPricing(columns, input.unit ?? item.unit, await this.extraUnits(ctx));
    if (input.costModel) assertValidCost(input.costModel);
    ctx.em.assign(item, {
      ...(input.category ? { category: input.category } : {}),
      ...(input.name ? { name: input.name } : {}),
      ...(input.unit ? { unit: input.unit } : {}),
      ...(input.pricing ? pricingColumns(input.pricing) : {}),
      ...(input.costModel ?? {}),
      ...(input.active != null ? { active: input.active } : {}),
    });
    await ctx.em.flush();
    return item;
  }
}
