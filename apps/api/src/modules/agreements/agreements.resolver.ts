import { Arg, Args, Ctx as C, Mutation, Query, Resolver } from 'type-graphql';
import { authorizeFor, readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { ProjectsService } from '../projects/projects.service.js';
import { AgreementsService } from './agreements.service.js';
import { AgreementsArgs, AgreementStepInput, CreateAgreementInput, ServiceAgreementPage, ServiceAgreementView } from './agreements.types.js';

const agreements = new AgreementsService();
const projects = new ProjectsService();

@Resolver(() => ServiceAgreementView)
export class AgreementResolver {
  @Query(() => ServiceAgreementPage, { description: 'Long-term agreements (业主特约服务协议)' })
  serviceAgreements(@Args() args: AgreementsArgs, @C() ctx: Ctx) {
    readableProjects(ctx, 'order.read');
    return agreements.list(ctx, args);
  }

  @Mutation(() => ServiceAgreementView)
  async createServiceAgreement(@Arg('input') input: CreateAgreementInput, @C() ctx: Ctx) {
    const unit = await authorizeFor(ctx, 'agreement.manage', () => projects.findUnit(ctx, input.unitId));
    return agreements.create(ctx, unit, input);
  }

  @Mutation(() => ServiceAgreementView, { description: 'The project manager approves; orders are then generated on schedule' })
  async approveServiceAgreement(@Arg('input') input: AgreementStepInput, @C() ctx: Ctx) {
    await authorizeFor(ctx, 'agreement.approve', () => agreements.find(ctx, input.id));
    return agreements.approve(ctx, input.id, input.version);
  }

  @Mutation(() => ServiceAgreementView)
  async endServiceAgreement(@Arg('input') input: AgreementStepInput, @C() ctx: Ctx) {
    await authorizeFor(ctx, 'agreement.approve', () => agreements.find(ctx, input.id));
    return agreements.end(ctx, input.id, input.version);
  }
}
