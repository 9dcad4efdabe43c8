import { Chip, Divider, Grid, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { complaintIntakeDuties, type ComplaintCategory, type ComplaintSeverity } from '@wuye/domain';
import { TopToolbar, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatChinaTime, useChinaTime } from '../common/DateTimeField';
import { DetailSection as Section, DetailShow, detailItem } from '../common/DetailPage';
import { StepTimeline } from '../common/StepTimeline';
import { ClocksTable } from './ClockCountdown';
import {
  AgreeExtensionButton,
  ComplaintStepButtons,
  PauseButton,
  RecordFeedbackButton,
  RecordOnSiteButton,
  SuggestionStepButtons,
} from './complaint-actions';
import { ComplaintStateField } from './ComplaintStateField';
import type { ComplaintDetail } from './types';
import { useFetchedAt } from './use-now';
import { PhoneSubject } from '@wuye/schema';
import { PhoneText } from '../common/PhoneText';

const Actions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap' }}>
    <RecordOnSiteButton />
    <RecordFeedbackButton />
    <ComplaintStepButtons />
    <SuggestionStepButtons />
    <AgreeExtensionButton />
    <PauseButton />
  </TopToolbar>
);

const Item = detailItem('complaints', { preWrap: true });

/** What intake obliges staff to do beyond the clocks (the domain's list): apologise, thank, notify … */
const IntakeDuties = () => {
  const c = useRecordContext<ComplaintDetail>()!;
  const translate = useTranslate();
  const duties = complaintIntakeDuties({
    kind: c.kind === 'SUGGESTION' ? 'suggestion' : 'complaint',
    category: (c.category ?? null) as ComplaintCategory | null,
    valid: c.valid ?? null,
    severity: (c.severity?.toLowerCase() ?? null) as ComplaintSeverity | null,
  });
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap" sx={{ mt: 1 }} aria-label={translate('resources.complaints.fields.duties')}>
      {duties.map((duty) => (
        <Chip key={duty} size="small" variant="outlined" label={translate(`resources.complaints.duties.${duty}`)} />
      ))}
    </Stack>
  );
};

const Summary = () => {
  const c = useRecordContext<ComplaintDetail>()!;
  const translate = useTranslate();
  const createPath = useCreatePath();
  const time = useChinaTime();
  const complaint = c.kind === 'COMPLAINT';
  return (
    <>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="h5" component="h1">
          {c.number}
        </Typography>
        <Chip size="small" label={translate(`enums.ComplaintKind.${c.kind}`)} />
        <ComplaintStateField />
        {complaint && c.valid === false && <Chip size="small" color="default" label={translate('resources.complaints.validity.invalid')} />}
      </Stack>
      <IntakeDuties />
      <Grid container spacing={1} sx={{ mt: 1 }}>
        <Item label="project">{c.project.name}</Item>
        <Item label="unit">{c.unit ? [c.unit.building.name, c.unit.number].join(' ') : ''}</Item>
        <Item label="contactName">{c.contactName}</Item>
        <Item label="contactPhone">
          <PhoneText phone={c.contactPhone} subject={PhoneSubject.Complaint} id={c.id} />
        </Item>
        <Item label="channel">{translate(`enums.ComplaintChannel.${c.channel}`, { _: c.channel })}</Item>
        <Item label="createdAt">{time(c.createdAt)}</Item>
        <Item label="happenedAt">{time(c.happenedAt)}</Item>
        <Item label="responsibleDepartment">{c.responsibleDepartment ? translate(`enums.Department.${c.responsibleDepartment}`) : ''}</Item>
        {complaint && (
          <>
            <Item label="category">{c.category != null ? translate(`enums.ComplaintCategory.${c.category}`) : ''}</Item>
            <Item label="valid">{c.valid == null ? '' : translate(`resources.complaints.validity.${c.valid ? 'valid' : 'invalid'}`)}</Item>
            <Item label="severity">{c.severity ? translate(`enums.ComplaintSeverity.${c.severity}`) : ''}</Item>
            {(c.onSiteAt || c.clocks.some((k) => k.milestone === 'on_site')) && <Item label="onSiteAt">{time(c.onSiteAt)}</Item>}
            <Item label="firstFeedbackAt">{time(c.firstFeedbackAt)}</Item>
            <Item label="resolvedAt">{time(c.resolvedAt)}</Item>
          </>
        )}
        <Item label="closedAt">{time(c.closedAt)}</Item>
        {c.sourceFollowUpId && <Item label="sourceFollowUpId">{translate('resources.complaints.fromFollowUp')}</Item>}
        {c.relatedOrderId && (
          <Item label="relatedOrderId">
            <Link component={RouterLink} to={createPath({ resource: 'serviceOrders', id: c.relatedOrderId, type: 'show' })}>
              {translate('resources.complaints.openOrder')}
            </Link>
          </Item>
        )}
      </Grid>
      <Grid container spacing={1} sx={{ mt: 1 }}>
        <Item label="description" wide>{c.description}</Item>
        <Item label="wants" wide>{c.wants}</Item>
        {c.invalidReason && <Item label="invalidReason" wide>{c.invalidReason}</Item>}
        {complaint && (c.cause || c.handling) && (
          <>
            <Item label="cause" wide>{c.cause}</Item>
            <Item label="handling" wide>{c.handling}</Item>
          </>
        )}
        {c.category === 2 && (
          <>
            <Item label="developerResponseDueAt">{time(c.developerResponseDueAt)}</Item>
            <Item label="developerResponse" wide>{c.developerResponse}</Item>
          </>
        )}
        {!complaint && (
          <>
            <Item label="decisionReason" wide>{c.decisionReason}</Item>
            <Item label="residentToldAt">{time(c.residentToldAt)}</Item>
          </>
        )}
      </Grid>
    </>
  );
};

/** 暂停 and 约定答复时间: kept on the complaint, so the clocks' history stays visible. */
const PausesAndExtensions = () => {
  const c = useRecordContext<ComplaintDetail>()!;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`resources.complaints.history.${key}`);
  if (!c.pauses.length && !c.extensions.length) return null;
  return (
    <Section title="resources.complaints.sections.pauses">
      <Table size="small" data-testid="pauses">
        <TableHead>
          <TableRow>
            <TableCell>{t('what')}</TableCell>
            <TableCell>{t('from')}</TableCell>
            <TableCell>{t('to')}</TableCell>
            <TableCell>{t('note')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {c.pauses.map((p) => (
            <TableRow key={`p-${p.from}`}>
              <TableCell>{translate(`enums.ComplaintPauseReason.${p.reason}`)}</TableCell>
              <TableCell>{formatChinaTime(p.from, locale)}</TableCell>
              <TableCell>{p.to ? formatChinaTime(p.to, locale) : t('stillPaused')}</TableCell>
              <TableCell>{p.note}</TableCell>
            </TableRow>
          ))}
          {c.extensions.map((e) => (
            <TableRow key={`e-${e.agreedAt}`}>
              <TableCell>
                {translate('resources.complaints.history.extension', { milestone: translate(`enums.ComplaintMilestone.${e.milestone.toLowerCase()}`) })}
              </TableCell>
              <TableCell>{formatChinaTime(e.agreedAt, locale)}</TableCell>
              <TableCell>{formatChinaTime(e.newDueAt, locale)}</TableCell>
              <TableCell>{e.note}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

/** 处理过程: every step with who took it and when. */
const Timeline = () => {
  const c = useRecordContext<ComplaintDetail>()!;
  const translate = useTranslate();
  const states = c.kind === 'SUGGESTION' ? 'SuggestionState' : 'ComplaintState';
  return (
    <StepTimeline
      steps={c.steps}
      labels="resources.complaints.timeline"
      rowKey={(s, i) => `${s.at}-${i}`}
      actionLabel={(action) => translate(`enums.ComplaintStep.${action}`, { _: action })}
      stateLabel={(state) => translate(`enums.${states}.${state}`, { _: state })}
      preWrapNotes
    />
  );
};

const Clocks = () => {
  const c = useRecordContext<ComplaintDetail>()!;
  const fetchedAt = useFetchedAt(c);
  if (c.kind !== 'COMPLAINT') return null;
  return (
    <Section title="resources.complaints.sections.clocks">
      <ClocksTable clocks={c.clocks} fetchedAt={fetchedAt} />
    </Section>
  );
};

/** The page renders once the full complaint (steps, pauses) has arrived, not a list row. */
const Body = () => {
  const c = useRecordContext<ComplaintDetail>();
  if (!c?.steps) return null;
  return (
    <>
      <Summary />
      <Divider sx={{ mt: 2 }} />
      <Clocks />
      <PausesAndExtensions />
      <Section title="resources.complaints.sections.timeline">
        <Timeline />
      </Section>
    </>
  );
};

const Title = () => {
  const c = useRecordContext<ComplaintDetail>();
  const translate = useTranslate();
  return <span>{c ? translate(`resources.complaints.title.${c.kind}`, { number: c.number }) : ''}</span>;
};

/** 投诉详情: the clocks count down live; the page asks the API again every minute. */
const ComplaintShow = () => (
  <DetailShow actions={<Actions />} title={<Title />} queryOptions={{ refetchInterval: 60_000 }}>
    <Body />
  </DetailShow>
);

export default ComplaintShow;
