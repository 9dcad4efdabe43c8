import {
  CreateProjectDocument,
  GetProjectDocument,
  ListProjectsDocument,
  ProjectSortField,
  UpdateProjectDocument,
  type CreateProjectInput,
  type ProjectFilter,
  type UpdateProjectInput,
} from '@wuye/schema';
import { request } from '../graphql-client';
import { changes, filterArgs, pageArgs, pick, sortArgs, type ResourceAdapter } from '../adapter';

export const projects: ResourceAdapter = {
  async getList(params) {
    const { projects } = await request(ListProjectsDocument, {
      filter: filterArgs(params.filter, ['kind']) as ProjectFilter,
      ...sortArgs(params.sort, { code: ProjectSortField.Code, name: ProjectSortField.Name, createdAt: ProjectSortField.CreatedAt }),
      ...pageArgs(params),
    });
    return { data: projects.items, total: projects.totalCount };
  },
  getOne: async (id) => (await request(GetProjectDocument, { id })).project,
  create: async (data) =>
    (await request(CreateProjectDocument, {
      input: pick(data, ['code', 'name', 'kind', 'address', 'households']) as CreateProjectInput,
    })).createProject,
  update: async (params) =>
    (await request(UpdateProjectDocument, {
      input: changes(params, ['name', 'kind', 'address', 'households']) as UpdateProjectInput,
    })).updateProject,
};
