import type { CatalogMessageKey, MessageParams } from './catalog-messages.js';

/** Fields a catalog issue can point at, named as in the API's inputs. */
export type CatalogField =
  | 'mode'
  | 'price'
  | 'min'
  | 'max'
  | 'unit'
  | 'entries'
  | 'labourMinutes'
  | 'labourRatePerHour'
  | 'materials'
  | 'overheadBasisPoints'
  | 'riskBasisPoints';

/** A business-rule failure the user can fix: returned, never thrown. */
export interface ValidationIssue {
  readonly code: 'VALIDATION_FAILED';
  readonly field: CatalogField;
  readonly messageKey: CatalogMessageKey;
  readonly params: MessageParams;
}

export function validationIssue(
  field: CatalogField,
  messageKey: CatalogMessageKey,
  params: MessageParams = {},
): ValidationIssue {
  return { code: 'VALIDATION_FAILED', field, messageKey, params };
}
