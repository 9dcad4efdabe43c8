import { Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { toMonthInput } from '../common/china-time';
import { formatChinaTime, useChinaTime } from '../common/DateTimeField';
import { DetailSection as Section, DetailShow, detailItem } from '../common/DetailPage';
import { formatFen } from '../common/money';
import { ProjectNameField } from '../common/ProjectNameField';
import { RefLink } from '../common/RefLink';
import { CorrectStatementButton } from './CorrectStatementButton';
import { ResidentNameField } from './ResidentNameField';
import { StatementStateField } from './StatementStateField';
import { StatementStepButton } from './StatementStepButton';
import type { StatementDetail } from './types';

const Actions = () => (
  <TopToolbar>
    <StatementStepButton step="issue" />
    <StatementStepButton step="confirm" />
    <StatementStepButton step="pay" />
    <CorrectStatementButton />
  </TopToolbar>
);

const Item = detailItem('monthlyStatements');

const Summary = () => {
  const statement = useRecordContext<StatementDetail>()!;
  const time = useChinaTime();
  return (
    <>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="h5" component="h1">
          <ResidentNameField /> · {toMonthInput(statement)}
        </Typography>
        <StatementStateField />
      </Stack>
      <Grid container spacing={1} sx={{ mt: 1 }}>
        <Item label="projectId">
          <ProjectNameField />
        </Item>
        <Item label="chargesTotalFen">{formatFen(statement.chargesTotalFen)}</Item>
        <Item label="adjustmentsTotalFen">{formatFen(statement.adjustmentsTotalFen)}</Item>
        <Item label="totalFen">
          <strong data-testid="statement-total">{formatFen(statement.totalFen)}</strong>
        </Item>
        <Item label="issuedAt">{time(statement.issuedAt)}</Item>
        <Item label="confirmedAt">{time(statement.confirmedAt)}</Item>
        <Item label="paidAt">{time(statement.paidAt)}</Item>
      </Grid>
    </>
  );
};

const orderNumber = (order: Record<string, unknown>) => String(order.number);

const Lines = () => {
  const statement = useRecordContext<StatementDetail>()!;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`resources.monthlyStatements.line.${key}`);
  if (!statement.lines.length) return <Typography variant="body2">{t('none')}</Typography>;
  return (
    <Table size="small" data-testid="statement-lines">
      <TableHead>
        <TableRow>
          <TableCell>{t('order')}</TableCell>
          <TableCell>{t('description')}</TableCell>
          <TableCell>{t('settledAt')}</TableCell>
          <TableCell align="right">{t('amountFen')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {statement.lines.map((line) => (
          <TableRow key={line.orderId}>
            <TableCell>
              <RefLink record={{ id: line.orderId, order: { id: line.orderId, number: line.orderNumber } }} source="order" reference="serviceOrders" display={orderNumber} />
            </TableCell>
            <TableCell>{line.description}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatChinaTime(line.settledAt, locale)}</TableCell>
            <TableCell align="right">{formatFen(line.amountFen)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Adjustments = () => {
  const statement = useRecordContext<StatementDetail>()!;
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.monthlyStatements.adjustment.${key}`);
  if (!statement.adjustments.length) return <Typography variant="body2">{t('none')}</Typography>;
  return (
    <Table size="small" data-testid="statement-adjustments">
      <TableHead>
        <TableRow>
          <TableCell>{t('corrects')}</TableCell>
          <TableCell>{t('description')}</TableCell>
          <TableCell align="right">{t('amountFen')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {statement.adjustments.map((a, i) => (
          <TableRow key={`${a.correctsStatementId}-${i}`}>
            <TableCell>{toMonthInput({ year: a.correctsYear, month: a.correctsMonth })}</TableCell>
            <TableCell>{a.description}</TableCell>
            <TableCell align="right">{formatFen(a.amountFen)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The detail renders once the statement with its lines has arrived. */
const Body = () => {
  const statement = useRecordContext<StatementDetail>();
  if (!statement?.lines) return null;
  return (
    <>
      <Summary />
      <Section title="resources.monthlyStatements.sections.lines">
        <Lines />
      </Section>
      <Section title="resources.monthlyStatements.sections.adjustments">
        <Adjustments />
      </Section>
    </>
  );
};

const Title = () => {
  const statement = useRecordContext<StatementDetail>();
  const translate = useTranslate();
  return <span>{statement ? translate('resources.monthlyStatements.title', { period: toMonthInput(statement) }) : ''}</span>;
};

const StatementShow = () => (
  <DetailShow actions={<Actions />} title={<Title />}>
    <Body />
  </DetailShow>
);

export default StatementShow;
