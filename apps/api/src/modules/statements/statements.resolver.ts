import { Arg, Args, Ctx as C, FieldResolver, Mutation, Query, Resolver, Root, ID, Field, Int, ObjectType } from 'type-graphql';
import { ResidentView } from '../residents/residents.types.js';
import type { MonthlyStatement } from './monthly-statement.entity.js';
import { authorize, authorizeFor, readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { ProjectsService } from '../projects/projects.service.js';
import { StatementsService } from './statements.service.js';
import {
  CorrectStatementInput,
  MonthlyStatementPage,
  MonthlyStatementView,
  StatementPeriodInput,
  StatementsArgs,
  StatementStepInput,
} from './statements.types.js';

const statements = new StatementsService();
const projects = new ProjectsService();

@ObjectType('StatementCorrection')
class StatementCorrectionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) correctsStatementId!: string;
  @Field(() => Int) amountFen!: number;
  @Field() description!: string;
}

@Resolver(() => MonthlyStatementView)
export class StatementResolver {
  @Query(() => MonthlyStatementPage)
  monthlyStatements(@Args() args: StatementsArgs, @C() ctx: Ctx) {
    return statements.list(ctx, args, readableProjects(ctx, 'statement.read'));
  }

  @Query(() => MonthlyStatementView, { nullable: true })
  async monthlyStatement(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    authorize(ctx, 'statement.read');
    const s = await statements.find(ctx, id).catch(() => null);
    if (s) authorize(ctx, 'statement.read', s.projectId);
    return s;
  }

  @Mutation(() => [MonthlyStatementView], { description: 'Build or refresh the month’s draft statements from orders settled to the statement' })
  async prepareStatements(@Arg('input') input: StatementPeriodInput, @C() ctx: Ctx) {
    const project = await authorizeFor(ctx, 'statement.manage', async () => {
      const p = await projects.findProject(ctx, input.projectId);
      return Object.assign(p, { projectId: p.id });
    });
    return statements.prepare(ctx, project, input.year, input.month);
  }

  @Mutation(() => MonthlyStatementView, { description: 'Issue: from now on the statement is immutable' })
  async issueStatement(@Arg('input') input: StatementStepInput, @C() ctx: Ctx) {
    await authorizeFor(ctx, 'statement.manage', () => statements.find(ctx, input.id));
    return statements.step(ctx, input.id, input.version, 'issue');
  }

  @Mutation(() => MonthlyStatementView, { description: 'The owner confirmed the statement' })
  async confirmStatement(@Arg('input') input: StatementStepInput, @C() ctx: Ctx) {
    await authorizeFor(ctx, 'statement.read', () => statements.find(ctx, input.id));
    return statements.step(ctx, input.id, input.version, 'confirm');
  }

  @Mutation(() => MonthlyStatementView, { description: 'Finance records the owner’s payment' })
  async markStatementPaid(@Arg('input') input: StatementStepInput, @C() ctx: Ctx) {
    await authorizeFor(ctx, 'statement.manage', () => statements.find(ctx, input.id));
    return statements.step(ctx, input.id, input.version, 'pay');
  }

  @Mutation(() => StatementCorrectionView, { description: 'Correct an issued statement: an adjustment on the next one' })
  async correctStatement(@Arg('input') input: CorrectStatementInput, @C() ctx: Ctx) {
    const s = await authorizeFor(ctx, 'statement.manage', () => statements.find(ctx, input.statementId));
    return statements.correct(ctx, s, input.amountFen, input.description);
  }

  @FieldResolver(() => ResidentView, { nullable: true, description: 'The owner the statement is for' })
  resident(@Root() st: MonthlyStatement, @C() ctx: Ctx) {
    return ctx.loaders.resident.load(st.residentId);
  }
}
