import { Box, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatChinaTime } from '../common/DateTimeField';
import { DetailSection, DetailShow, detailItem } from '../common/DetailPage';
import { formatFen } from '../common/money';
import { ProjectNameField } from '../common/ProjectNameField';
import { RefLink } from '../common/RefLink';
import { DepositMoveButton } from './DepositMoveButton';
import { ResidentUnit } from './ResidentUnit';
import type { DepositAccountDetail } from './types';
import { PhoneSubject } from '@wuye/schema';
import { PhoneText } from '../common/PhoneText';

const Actions = () => (
  <TopToolbar>
    <DepositMoveButton kind="topUp" />
    <DepositMoveButton kind="refund" />
  </TopToolbar>
);

const Item = detailItem('depositAccounts');

const Summary = () => {
  const account = useRecordContext<DepositAccountDetail>()!;
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h5" component="h1">
        {account.resident.name}
      </Typography>
      <Grid container spacing={1} sx={{ mt: 1 }}>
        <Item label="kind">{translate(`enums.ResidentKind.${account.resident.kind}`)}</Item>
        <Item label="phone">
          <PhoneText phone={account.resident.phone} subject={PhoneSubject.Resident} id={account.resident.id} />
        </Item>
        <Item label="unit">
          <ResidentUnit />
        </Item>
        <Item label="projectId">
          <ProjectNameField />
        </Item>
      </Grid>
      <Box sx={{ mt: 2 }}>
        <Labeled label="resources.depositAccounts.fields.balanceFen">
          <Typography variant="h4" component="span" data-testid="deposit-balance">
            {formatFen(account.balanceFen)}
          </Typography>
        </Labeled>
      </Box>
    </>
  );
};

const orderNumber = (order: Record<string, unknown>) => String(order.number);

/** Newest first, as the API returns them; each row shows the balance it left. */
const Transactions = () => {
  const account = useRecordContext<DepositAccountDetail>()!;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`resources.depositAccounts.transaction.${key}`);
  return (
    <DetailSection title="resources.depositAccounts.transaction.title">
      {account.transactions.length === 0 ? (
        <Typography variant="body2">{t('none')}</Typography>
      ) : (
        <Table size="small" data-testid="deposit-transactions">
          <TableHead>
            <TableRow>
              <TableCell>{t('createdAt')}</TableCell>
              <TableCell>{t('kind')}</TableCell>
              <TableCell align="right">{t('amountFen')}</TableCell>
              <TableCell align="right">{t('balanceAfterFen')}</TableCell>
              <TableCell>{t('order')}</TableCell>
              <TableCell>{t('actor')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {account.transactions.map((tx) => (
              <TableRow key={tx.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatChinaTime(tx.createdAt, locale)}</TableCell>
                <TableCell>{translate(`enums.DepositTransactionKind.${tx.kind}`)}</TableCell>
                <TableCell align="right">{formatFen(tx.kind === 'TOP_UP' ? tx.amountFen : -tx.amountFen)}</TableCell>
                <TableCell align="right">{formatFen(tx.balanceAfterFen)}</TableCell>
                <TableCell>{tx.order && <RefLink record={tx} source="order" reference="serviceOrders" display={orderNumber} />}</TableCell>
                <TableCell>{tx.actor?.name}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </DetailSection>
  );
};

/** The detail renders once the account with its transactions has arrived. */
const Body = () => {
  const account = useRecordContext<DepositAccountDetail>();
  if (!account?.transactions) return null;
  return (
    <>
      <Summary />
      <Transactions />
    </>
  );
};

const Title = () => {
  const account = useRecordContext<DepositAccountDetail>();
  const translate = useTranslate();
  return <span>{account ? translate('resources.depositAccounts.title', { name: account.resident.name }) : ''}</span>;
};

const DepositAccountShow = () => (
  <DetailShow actions={<Actions />} title={<Title />}>
    <Body />
  </DetailShow>
);

export default DepositAccountShow;
