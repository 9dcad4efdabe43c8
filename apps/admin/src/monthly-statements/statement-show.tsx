import { Box, Card, CardContent, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, Show, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { toMonthInput } from '../common/china-time';
import { formatChinaTime } from '../common/DateTimeField';
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

const Item = ({ label, children }: { label: string; children: ReactNode }) => (
  <Grid size={{ xs: 12, sm: 6, md: 3 }}>
    <Labeled label={`resources.monthlyStatements.fields.${label}`}>
      <Typography variant="body2" component="span">
        {children || '—'}
      </Typography>
    </Labeled>
  </Grid>
);

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 3 }} component="section" aria-label={translate(title)}>
      <Typography variant="h6" gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

const Summary = () => {
  const statement = useRecordContext<StatementDetail>()!;
  const [locale] = useLocaleState();
  const time = (value: string | null | undefined) => (value ? formatChinaTime(value, locale) : '');
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
  <Show actions={<Actions />} title={<Title />}>
    <Card variant="outlined" sx={{ border: 'none' }}>
      <CardContent>
        <Body />
      </CardContent>
    </Card>
  </Show>
);

export default StatementShow;
