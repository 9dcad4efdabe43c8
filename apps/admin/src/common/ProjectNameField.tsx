import { useFieldValue, useGetIdentity, type FieldProps } from 'react-admin';
import type { Identity } from '../authProvider';

/** A project id shown as its name, from the viewer's projects (no request per row). */
export const ProjectNameField = (props: Partial<FieldProps>) => {
  const projectId = useFieldValue({ ...props, source: props.source ?? 'projectId' }) as string | null | undefined;
  const { data } = useGetIdentity();
  if (!projectId) return null;
  const project = (data as Identity | undefined)?.viewer.projects.find((p) => p.id === projectId);
  return <span>{project?.name ?? ''}</span>;
};
