import { useWatch } from 'react-hook-form';
import { AutocompleteInput, ReferenceInput, required as requiredValidator } from 'react-admin';

type Props = { required?: boolean; alwaysOn?: boolean; disabled?: boolean; source?: string; label?: string };

const validate = (required?: boolean) => (required ? requiredValidator() : undefined);

export const ProjectInput = ({ required, source = 'projectId', disabled, label }: Props) => (
  <ReferenceInput source={source} reference="projects" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput label={label} validate={validate(required)} disabled={disabled} sx={{ minWidth: 240 }} />
  </ReferenceInput>
);

/** Buildings of the project chosen in the same form. */
export const BuildingInput = ({ required, source = 'buildingId', disabled }: Props) => {
  const projectId = useWatch({ name: 'projectId' }) as string | undefined;
  return (
    <ReferenceInput
      source={source}
      reference="buildings"
      filter={projectId ? { projectId } : {}}
      sort={{ field: 'code', order: 'ASC' }}
    >
      <AutocompleteInput validate={validate(required)} disabled={disabled} sx={{ minWidth: 240 }} />
    </ReferenceInput>
  );
};

/** Units of the project and building chosen in the same form. */
export const UnitInput = ({ required, source = 'unitId', disabled }: Props) => {
  const [projectId, buildingId] = useWatch({ name: ['projectId', 'buildingId'] }) as [string?, string?];
  const filter = { ...(projectId ? { projectId } : {}), ...(buildingId ? { buildingId } : {}) };
  return (
    <ReferenceInput source={source} reference="units" filter={filter} sort={{ field: 'number', order: 'ASC' }}>
      <AutocompleteInput validate={validate(required)} disabled={disabled} sx={{ minWidth: 240 }} />
    </ReferenceInput>
  );
};
