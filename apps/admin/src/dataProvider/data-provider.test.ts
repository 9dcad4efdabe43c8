import { describe, expect, it } from 'vitest';
import { changes, filterArgs, pageArgs, sortArgs } from './adapter';
import { toHttpError } from './graphql-client';

describe('list arguments', () => {
  it('turns a page into skip/take', () => {
    expect(pageArgs({ pagination: { page: 3, perPage: 25 } })).toEqual({ skip: 50, take: 25 });
  });

  it('sends only sort fields the API knows', () => {
    expect(sortArgs({ field: 'name', order: 'DESC' }, { name: 'NAME' })).toEqual({ sortField: 'NAME', sortOrder: 'DESC' });
    expect(sortArgs({ field: 'households', order: 'ASC' }, { name: 'NAME' })).toEqual({});
  });

  it('maps the search box to `search` and drops blank filters', () => {
    expect(filterArgs({ q: '花园', projectId: 'p1', kind: '' }, ['projectId', 'kind'])).toEqual({ projectId: 'p1', search: '花园' });
  });
});

describe('update input', () => {
  it('carries id, the version the form was loaded with, and only changed fields', () => {
    const previousData = { id: 'p1', version: 4, name: '阳光花园', households: 1200, address: '张杨路' };
    const input = changes({ id: 'p1', previousData, data: { ...previousData, name: '阳光花园一期', address: '' } }, [
      'name',
      'households',
      'address',
    ]);
    expect(input).toEqual({ id: 'p1', version: 4, name: '阳光花园一期', address: null });
  });
});

describe('GraphQL errors', () => {
  it('map codes to HTTP statuses for react-admin', () => {
    expect(toHttpError([{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }], 200).status).toBe(401);
    expect(toHttpError([{ message: '无权操作', extensions: { code: 'FORBIDDEN' } }], 200).status).toBe(403);
    expect(toHttpError([{ message: '已被修改', extensions: { code: 'CONFLICT', field: 'version' } }], 200)).toMatchObject({
      status: 409,
      message: '已被修改',
      body: { errors: undefined },
    });
  });

  it('put validation failures on the form fields', () => {
    const error = toHttpError(
      [
        {
          message: 'households：不能小于 0',
          extensions: {
            code: 'VALIDATION_FAILED',
            field: 'households',
            fieldErrors: [
              { field: 'households', messages: { zh: '不能小于 0', en: 'Must be at least 0' } },
              { field: 'roles.0.projectId', messages: { zh: '该角色必须指定项目', en: 'This role needs a project' } },
            ],
          },
        },
      ],
      200,
    );
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({
      households: '不能小于 0',
      'roles.0.projectId': '该角色必须指定项目',
      root: { serverError: 'households：不能小于 0' },
    });
  });
});
