import {
  CreateStaffUserDocument,
  GetStaffUserDocument,
  ListStaffUsersDocument,
  StaffUserSortField,
  UpdateStaffUserDocument,
  type CreateStaffUserInput,
  type RoleAssignmentInput,
  type StaffUserFilter,
  type UpdateStaffUserInput,
} from '@wuye/schema';
import { request } from '../graphql-client';
import { changes, filterArgs, pageArgs, pick, sortArgs, type FormValues, type ResourceAdapter } from '../adapter';

/** Form rows carry the embedded `project`; the API takes only the assignment itself. */
const roleInputs = (value: unknown): RoleAssignmentInput[] =>
  ((value as FormValues[] | null | undefined) ?? []).map((row) => ({
    role: row.role as RoleAssignmentInput['role'],
    projectId: (row.projectId as string | null | undefined) || null,
    department: (row.department as RoleAssignmentInput['department']) || null,
  }));

export const staffUsers: ResourceAdapter = {
  async getList(params) {
    const { staffUsers } = await request(ListStaffUsersDocument, {
      filter: filterArgs(params.filter, ['projectId', 'role']) as StaffUserFilter,
      ...sortArgs(params.sort, { name: StaffUserSortField.Name, createdAt: StaffUserSortField.CreatedAt }),
      ...pageArgs(params),
    });
    return { data: staffUsers.items, total: staffUsers.totalCount };
  },
  getOne: async (id) => (await request(GetStaffUserDocument, { id })).staffUser,
  create: async (data) =>
    (await request(CreateStaffUserDocument, {
      input: { ...pick(data, ['name', 'email', 'phone', 'password']), roles: roleInputs(data.roles) } as CreateStaffUserInput,
    })).createStaffUser,
  update: async (params) =>
    (await request(UpdateStaffUserDocument, {
      input: changes(params, ['name', 'email', 'phone', 'active', 'roles'], (key, value) =>
        key === 'roles' ? roleInputs(value) : value,
      ) as UpdateStaffUserInput,
    })).updateStaffUser,
};
