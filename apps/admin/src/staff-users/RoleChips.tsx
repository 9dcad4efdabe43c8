import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RoleAssignmentFieldsFragment } from '@wuye/schema';

/** "项目经理 · 阳光花园", "部门主管 · 阳光花园 · 工程部", "总经理". */
export const useRoleLabel = () => {
  const translate = useTranslate();
  return (a: RoleAssignmentFieldsFragment) =>
    [
      translate(`enums.Role.${a.role}`),
      a.project?.name,
      a.department ? translate(`enums.Department.${a.department}`) : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
};

export const RoleChips = ({ roles }: { roles: readonly RoleAssignmentFieldsFragment[] }) => {
  const label = useRoleLabel();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {roles.map((a, i) => (
        <Chip key={i} size="small" label={label(a)} />
      ))}
    </Stack>
  );
};
