import { Arg, Args, Ctx as C, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorizeFor, readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { translate } from '../../i18n/messages.js';
import { UnitView } from '../projects/projects.types.js';
import type { Nonconformity } from './nonconformity.entity.js';
import { NonconformitiesService } from './nonconformities.service.js';
import { CloseNonconformityInput, NonconformitiesArgs, NonconformityPage, NonconformityView } from './nonconformities.types.js';

const nonconformities = new NonconformitiesService();

@Resolver(() => NonconformityView)
export class NonconformityResolver {
  @Query(() => NonconformityPage, { description: 'Nonconformity records, newest first' })
  nonconformities(@Args() args: NonconformitiesArgs, @C() ctx: Ctx) {
    return nonconformities.list(ctx, args, readableProjects(ctx, 'nonconformity.read'));
  }

  @Mutation(() => NonconformityView, { description: 'Close with the corrective and preventive action taken' })
  async closeNonconformity(@Arg('input') input: CloseNonconformityInput, @C() ctx: Ctx) {
    const n = await authorizeFor(ctx, 'nonconformity.manage', () => nonconformities.find(ctx, input.id));
    return nonconformities.close(ctx, n, input.version, input.correctiveAction);
  }

  @FieldResolver(() => String, { description: 'What happened, in the caller’s language' })
  summary(@Root() n: Nonconformity, @C() ctx: Ctx) {
    return translate(n.messageKey, n.params)[ctx.locale];
  }

  @FieldResolver(() => UnitView, { nullable: true })
  unit(@Root() n: Nonconformity, @C() ctx: Ctx) {
    return n.unitId ? ctx.loaders.unit.load(n.unitId) : null;
  }
}
