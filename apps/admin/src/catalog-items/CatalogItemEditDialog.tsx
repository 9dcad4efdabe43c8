import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Button, Form, SaveButton, useNotify, useTranslate, useUpdate } from 'react-admin';
import type { HttpError } from 'react-admin';
import type { CatalogItemFieldsFragment } from '@wuye/schema';
import { CatalogItemInputs } from './catalog-item-inputs';
import { toForm, toValues, type CatalogItemForm } from './catalog-item-form';

type Props = { item: CatalogItemFieldsFragment; onClose: () => void };

/**
 * Edits a template item from the list it was read from: the API has no `catalogItem(id)` query,
 * so there is no edit page to load. Sends only what changed, with the version it started from.
 */
export const CatalogItemEditDialog = ({ item, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  const form = toForm(item);

  const save = async (data: Record<string, unknown>) => {
    try {
      await update(
        'catalogItems',
        { id: item.id, data: toValues(data as unknown as CatalogItemForm), previousData: { ...item, ...toValues(form) } },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      notify('resources.catalogItems.edit.saved', { type: 'success', messageArgs: { name: String(data.name) } });
      onClose();
      return undefined;
    } catch (error) {
      const e = error as HttpError;
      notify(e.message || 'ra.notification.http_error', { type: 'error' });
      return (e.body as { errors?: Record<string, unknown> } | undefined)?.errors;
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="catalog-item-edit-title">
      <Form record={{ id: item.id, ...form }} onSubmit={save}>
        <DialogTitle id="catalog-item-edit-title">
          {translate('resources.catalogItems.edit.title', { name: item.name })}
        </DialogTitle>
        <DialogContent>
          <CatalogItemInputs />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} disabled={isPending} />
          <SaveButton />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
