import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { RequisitionFieldsFragment } from '@wuye/schema';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatChinaTime } from '../common/DateTimeField';
import { formatFen } from '../common/money';
import { linesSummary } from './requisition-rules';
import { RequisitionStateChip } from './RequisitionStateField';
import { RequisitionStepButtons } from './RequisitionStepButtons';

type Props = { requisitions: readonly RequisitionFieldsFragment[]; orderNumber: string; supervisorId: string | null | undefined };

/** An order's requisitions with their steps (the order page). */
export const RequisitionTable = ({ requisitions, orderNumber, supervisorId }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`resources.materialRequisitions.fields.${key}`);
  const time = (value: string | null | undefined) => (value ? formatChinaTime(value, locale) : '');
  if (!requisitions.length) return <Typography variant="body2">{translate('resources.materialRequisitions.none')}</Typography>;
  return (
    <Table size="small" data-testid="requisitions">
      <TableHead>
        <TableRow>
          <TableCell>{t('lines')}</TableCell>
          <TableCell>{t('requestedBy')}</TableCell>
          <TableCell>{t('state')}</TableCell>
          <TableCell align="right">{t('totalCostFen')}</TableCell>
          <TableCell>{t('signedAt')}</TableCell>
          <TableCell>{t('issuedAt')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {requisitions.map((r) => (
          <TableRow key={r.id}>
            <TableCell>{linesSummary(r.lines)}</TableCell>
            <TableCell>{r.requestedBy?.name}</TableCell>
            <TableCell>
              <RequisitionStateChip state={r.state} />
            </TableCell>
            <TableCell align="right">{formatFen(r.totalCostFen)}</TableCell>
            <TableCell>{[time(r.signedAt), r.signedBy?.name].filter(Boolean).join(' ')}</TableCell>
            <TableCell>{[time(r.issuedAt), r.issuedBy?.name].filter(Boolean).join(' ')}</TableCell>
            <TableCell>
              <RequisitionStepButtons requisition={r} orderNumber={orderNumber} supervisorId={supervisorId} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
