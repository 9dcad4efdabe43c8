import { useGetIdentity } from 'react-admin';
import type { Identity } from '../authProvider';
import { usePermissionList } from '../common/use-has-permission';

/** The viewer's permissions and roles, as the statement steps are decided on both. */
export function useStatementAccess() {
  const permissions = usePermissionList();
  const { data } = useGetIdentity();
  const roles = ((data as Identity | undefined)?.viewer.roles ?? []).map((r) => r.role);
  return { permissions, roles };
}
