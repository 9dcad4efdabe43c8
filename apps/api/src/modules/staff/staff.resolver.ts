import { Arg, Args, Ctx as C, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ProjectView } from '../projects/projects.types.js';
import { can } from '@wuye/domain';
import { authorizeCompanyWide, principalOf, readableProjects } from '../../access/policy.js';
import { RoleValue } from '../../graphql/enums.js';
import type { Ctx } from '../../context.js';
import { StaffService } from './staff.service.js';
import { CreateStaffUserInput, RoleAssignmentView, StaffUserPage, StaffUsersArgs, StaffUserView, UpdateStaffUserInput } from './staff.types.js';

const staff = new StaffService();

@Resolver(() => StaffUserView)
export class StaffResolver {
  @Query(() => StaffUserPage)
  staffUsers(@Args() args: StaffUsersArgs, @C() ctx: Ctx) {
    const principal = principalOf(ctx);
    // Whoever dispatches or assigns an order may list the supervisors and workers of that project.
    const f = args.filter;
    const choosing = f?.projectId && (f.role === RoleValue.SUPERVISOR || f.role === RoleValue.WORKER);
    if (choosing && !can(principal, 'staff.read', f.projectId) && principal.kind === 'user' && can(principal, 'order.act', f.projectId)) {
      return staff.list(ctx, args, [f.projectId!]);
    }
    return staff.list(ctx, args, readableProjects(ctx, 'staff.read'));
  }

  @Query(() => StaffUserView, { nullable: true })
  async staffUser(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    const projects = readableProjects(ctx, 'staff.read');
    const user = await staff.get(ctx, id);
    if (!user || !projects) return user;
    // Project-scoped readers see colleagues who work in one of their projects, and themselves.
    const visible = user.id === ctx.user?.id || user.roles.some((r) => r.projectId && projects.includes(r.projectId));
    return visible ? user : null;
  }

  @Mutation(() => StaffUserView)
  createStaffUser(@Arg('input') input: CreateStaffUserInput, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'staff.manage');
    return staff.create(ctx, input);
  }

  @Mutation(() => StaffUserView)
  async updateStaffUser(@Arg('input') input: UpdateStaffUserInput, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'staff.manage');
    const user = await staff.find(ctx, input.id);
    return staff.update(ctx, user, input);
  }
}

@Resolver(() => RoleAssignmentView)
export class RoleAssignmentResolver {
  @FieldResolver(() => ProjectView, { nullable: true })
  project(@Root() assignment: RoleAssignmentView, @C() ctx: Ctx) {
    return assignment.projectId ? ctx.loaders.project.load(assignment.projectId) : null;
  }
}
