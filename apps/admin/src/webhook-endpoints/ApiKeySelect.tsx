import { SelectInput, useGetList, type SelectInputProps } from 'react-admin';

type KeyRow = { id: string; name: string; prefix: string; revokedAt?: string | null };

/** The partner keys an endpoint can belong to: those not revoked. */
export const ApiKeySelect = (props: Omit<SelectInputProps, 'choices'>) => {
  const { data, isPending } = useGetList<KeyRow>('apiKeys', { pagination: { page: 1, perPage: 100 }, sort: { field: 'createdAt', order: 'DESC' } });
  const choices = (data ?? []).filter((k) => !k.revokedAt).map((k) => ({ id: k.id, name: `${k.name}（${k.prefix}…）` }));
  return <SelectInput {...props} choices={choices} isPending={isPending} />;
};
