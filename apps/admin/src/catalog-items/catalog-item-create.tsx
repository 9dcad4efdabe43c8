import { Create, SimpleForm } from 'react-admin';
import { CatalogItemInputs } from './catalog-item-inputs';
import { NEW_ITEM, toValues, type CatalogItemForm } from './catalog-item-form';

const CatalogItemCreate = () => (
  <Create redirect="list" transform={(data: CatalogItemForm) => toValues(data)}>
    <SimpleForm defaultValues={NEW_ITEM}>
      <CatalogItemInputs isCreate />
    </SimpleForm>
  </Create>
);

export default CatalogItemCreate;
