import { Box, Divider, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatChinaTime, useChinaTime } from '../common/DateTimeField';
import { DetailSection as Section, DetailShow, detailItem } from '../common/DetailPage';
import { formatFen } from '../common/money';
import { milliToText } from '../common/quantity';
import { StepTimeline } from '../common/StepTimeline';
import { useHasPermission } from '../common/use-has-permission';
import { RequestMaterialsButton } from '../requisitions/RequestMaterialsButton';
import { RequisitionTable } from '../requisitions/RequisitionTable';
import { EodNoteForm } from './EodNoteForm';
import { OrderFlags, OrderStateField } from './OrderStateField';
import { QuoteButton } from './QuoteButton';
import {
  AssignButton,
  BookButton,
  CancelButton,
  CloseButton,
  CompleteButton,
  ConsentButton,
  DeclineButton,
  DispatchButton,
  NoOneHomeButton,
  PayButton,
  RejectButton,
  StartButton,
} from './order-actions';
import type { OrderDetail } from './types';
import { PhoneSubject } from '@wuye/schema';
import { PhoneText } from '../common/PhoneText';

const Actions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap' }}>
    <QuoteButton />
    <ConsentButton />
    <DeclineButton />
    <DispatchButton />
    <AssignButton />
    <BookButton />
    <StartButton />
    <NoOneHomeButton />
    <RequestMaterialsButton />
    <CompleteButton />
    <PayButton />
    <CloseButton />
    <CancelButton />
    <RejectButton />
  </TopToolbar>
);

const Item = detailItem('serviceOrders');

const Summary = () => {
  const order = useRecordContext<OrderDetail>()!;
  const translate = useTranslate();
  const time = useChinaTime();
  return (
    <>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="h5" component="h1">
          {order.number}
        </Typography>
        <OrderStateField />
        <OrderFlags />
      </Stack>
      <Grid container spacing={1} sx={{ mt: 1 }}>
        <Item label="project">{order.project.name}</Item>
        <Item label="unit">{[order.unit.building.name, order.unit.number].join(' ')}</Item>
        <Item label="resident">{order.resident?.name ?? translate('resources.serviceOrders.visitor')}</Item>
        <Item label="contactName">{order.contactName}</Item>
        <Item label="contactPhone">
          <PhoneText phone={order.contactPhone} subject={PhoneSubject.ServiceOrder} id={order.id} />
        </Item>
        <Item label="serviceType">{translate(`enums.ServiceType.${order.serviceType}`)}</Item>
        <Item label="charge">{translate(`enums.OrderCharge.${order.charge}`)}</Item>
        <Item label="urgency">{translate(`enums.OrderUrgency.${order.urgency}`)}</Item>
        <Item label="channel">{translate(`enums.OrderChannel.${order.channel}`)}</Item>
        <Item label="catalogItem">{order.catalogItem?.name}</Item>
        <Item label="supervisor">{order.supervisor?.name}</Item>
        <Item label="worker">{order.worker?.name}</Item>
        <Item label="createdAt">{time(order.createdAt)}</Item>
        <Item label="appointmentStart">{order.appointmentStart && `${time(order.appointmentStart)} – ${time(order.appointmentEnd)}`}</Item>
        <Item label="responseDueAt">{time(order.responseDueAt)}</Item>
        <Item label="onSiteDueAt">{time(order.onSiteDueAt)}</Item>
        <Item label="consentAt">{time(order.consentAt)}</Item>
        <Item label="quoteTotalFen">{formatFen(order.quoteTotalFen)}</Item>
        <Item label="paidFen">{formatFen(order.paidFen)}</Item>
        <Item label="amountDueFen">
          <span data-testid="amount-due">{formatFen(order.amountDueFen)}</span>
        </Item>
        <Item label="rating">{order.rating != null ? `${order.rating} / 5` : ''}</Item>
        <Item label="minutesSpent">{order.minutesSpent}</Item>
        <Item label="signOffComment">{order.signOffComment}</Item>
        <Item label="reason">{order.reason}</Item>
      </Grid>
      <Box sx={{ mt: 1 }}>
        <Labeled label="resources.serviceOrders.fields.description">
          <Typography variant="body2">{order.description}</Typography>
        </Labeled>
      </Box>
    </>
  );
};

const QuoteLines = () => {
  const order = useRecordContext<OrderDetail>()!;
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.serviceOrders.quoteLine.${key}`);
  if (!order.quoteLines.length) return <Typography variant="body2">{translate('resources.serviceOrders.noQuote')}</Typography>;
  return (
    <Table size="small" data-testid="quote-lines">
      <TableHead>
        <TableRow>
          <TableCell>{t('kind')}</TableCell>
          <TableCell>{t('name')}</TableCell>
          <TableCell align="right">{t('quantity')}</TableCell>
          <TableCell>{t('unit')}</TableCell>
          <TableCell align="right">{t('unitPrice')}</TableCell>
          <TableCell align="right">{t('amount')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {order.quoteLines.map((line) => (
          <TableRow key={line.id}>
            <TableCell>{translate(`enums.QuoteLineKind.${line.kind}`)}</TableCell>
            <TableCell>{line.name}</TableCell>
            <TableCell align="right">{line.kind === 'GOODS' ? '' : milliToText(line.quantityMilli)}</TableCell>
            <TableCell>{line.unit}</TableCell>
            <TableCell align="right">{line.kind === 'GOODS' ? '' : formatFen(line.unitPriceFen)}</TableCell>
            <TableCell align="right">{formatFen(line.amountFen)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell colSpan={5} align="right">
            <strong>{t('total')}</strong>
          </TableCell>
          <TableCell align="right">
            <strong>{formatFen(order.quoteTotalFen)}</strong>
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
};

const Payments = () => {
  const order = useRecordContext<OrderDetail>()!;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`resources.serviceOrders.payment.${key}`);
  if (!order.payments.length) return <Typography variant="body2">{translate('resources.serviceOrders.noPayments')}</Typography>;
  return (
    <Table size="small" data-testid="payments">
      <TableHead>
        <TableRow>
          <TableCell>{t('receiptNumber')}</TableCell>
          <TableCell align="right">{t('amountFen')}</TableCell>
          <TableCell>{t('method')}</TableCell>
          <TableCell>{t('paidAt')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {order.payments.map((p) => (
          <TableRow key={p.id}>
            <TableCell>{p.receiptNumber}</TableCell>
            <TableCell align="right">{formatFen(p.amountFen)}</TableCell>
            <TableCell>{translate(`enums.PaymentMethod.${p.method}`)}</TableCell>
            <TableCell>{formatChinaTime(p.paidAt, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Timeline = () => {
  const order = useRecordContext<OrderDetail>()!;
  const translate = useTranslate();
  return (
    <StepTimeline
      steps={order.timeline}
      labels="resources.serviceOrders.timeline"
      rowKey={(e) => e.id}
      actionLabel={(action) => translate(`enums.OrderAction.${action}`, { _: action })}
      stateLabel={(state) => translate(`enums.ServiceOrderState.${state.toUpperCase()}`, { _: state })}
    />
  );
};

/** 领料单: shown once there is one, or while materials may be requested (assigned, in progress). */
const Requisitions = () => {
  const order = useRecordContext<OrderDetail>()!;
  if (!order.requisitions.length && !['ASSIGNED', 'IN_PROGRESS'].includes(order.state)) return null;
  return (
    <Section title="resources.serviceOrders.sections.requisitions">
      <RequisitionTable requisitions={order.requisitions} orderNumber={order.number} supervisorId={order.supervisorId} />
    </Section>
  );
};

const OPEN = ['REGISTERED', 'QUOTED', 'ACCEPTED', 'DISPATCHED', 'ASSIGNED', 'IN_PROGRESS'];

const EndOfDay = () => {
  const order = useRecordContext<OrderDetail>()!;
  const canRegister = useHasPermission('order.register');
  if (!canRegister || !OPEN.includes(order.state)) return null;
  return (
    <Section title="resources.serviceOrders.actions.eodNote">
      <EodNoteForm order={order} />
    </Section>
  );
};

/** The detail renders only once the full order (timeline, quote, payments) has arrived. */
const Body = () => {
  const order = useRecordContext<OrderDetail>();
  if (!order?.timeline) return null;
  return (
    <>
      <Summary />
      <Divider sx={{ mt: 2 }} />
      <Section title="resources.serviceOrders.sections.quote">
        <QuoteLines />
      </Section>
      <Section title="resources.serviceOrders.sections.payments">
        <Payments />
      </Section>
      <Requisitions />
      <EndOfDay />
      <Section title="resources.serviceOrders.sections.timeline">
        <Timeline />
      </Section>
    </>
  );
};

const Title = () => {
  const order = useRecordContext<OrderDetail>();
  const translate = useTranslate();
  return <span>{order ? translate('resources.serviceOrders.title', { number: order.number }) : ''}</span>;
};

const OrderShow = () => (
  <DetailShow actions={<Actions />} title={<Title />}>
    <Body />
  </DetailShow>
);

export default OrderShow;
