import { usePermissions } from 'react-admin';

/** The viewer's permissions (`me.permissions`); empty while they load. */
export function usePermissionList(): string[] {
  const { permissions } = usePermissions<string[]>();
  return Array.isArray(permissions) ? permissions : [];
}

/** Whether the viewer holds a permission; the API still checks it per project. */
export function useHasPermission(permission: string): boolean {
  return usePermissionList().includes(permission);
}
