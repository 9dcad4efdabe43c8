import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useCanAccess, useCreatePath, useFieldValue, type FieldProps } from 'react-admin';

type RefLinkProps = FieldProps & { reference: string; display?: (value: Record<string, unknown>) => string };

/**
 * An embedded related object (e.g. `project { id code name }`) shown as a link, without the extra
 * `getMany` a ReferenceField would make for data the list query already returned.
 */
export const RefLink = ({ reference, display = (v) => String(v.name ?? v.id), ...props }: RefLinkProps) => {
  const value = useFieldValue(props) as Record<string, unknown> | null | undefined;
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: reference, action: 'show' });
  if (!value) return null;
  const text = display(value);
  if (!canAccess) return <span>{text}</span>;
  return (
    <Link
      component={RouterLink}
      to={createPath({ resource: reference, id: value.id as string, type: 'show' })}
      onClick={(e) => e.stopPropagation()}
      variant="body2"
    >
      {text}
    </Link>
  );
};
