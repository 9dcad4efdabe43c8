import { LinearProgress } from '@mui/material';
import { Button, TopToolbar, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import ListAltIcon from '@mui/icons-material/ListAlt';
import { DetailShow } from '../common/DetailPage';
import { NoticeLink } from '../price-lists/NoticeLink';
import { PriceListSummary } from '../price-lists/PriceListSummary';
import { ApproveButton, PublishButton, RejectButton } from '../price-lists/workflow-buttons';
import type { ReviewRecord } from '../price-lists/types';
import { PriceListDiffView } from './PriceListDiffView';

const VersionLink = () => {
  const list = useRecordContext<ReviewRecord>();
  const createPath = useCreatePath();
  if (!list) return null;
  return (
    <Button to={createPath({ resource: 'priceLists', id: list.id, type: 'show' })} label="resources.priceListReviews.allEntries">
      <ListAltIcon />
    </Button>
  );
};

const Actions = () => (
  <TopToolbar>
    <VersionLink />
    <NoticeLink />
    <RejectButton />
    <ApproveButton />
    <PublishButton />
  </TopToolbar>
);

const Diff = () => {
  const record = useRecordContext<Partial<ReviewRecord>>();
  // Coming from a list, react-admin first shows the list's copy of the record, without the diff.
  return record?.diff ? <PriceListDiffView diff={record.diff} /> : <LinearProgress sx={{ mt: 2 }} />;
};

const ReviewTitle = () => {
  const list = useRecordContext<ReviewRecord>();
  const translate = useTranslate();
  return <span>{list ? translate('resources.priceListReviews.title', { project: list.project.name, number: list.number }) : ''}</span>;
};

/** The GM's review of one version: its diff and margin warnings; 批准 / 驳回, then 公示. */
const ReviewShow = () => (
  <DetailShow actions={<Actions />} title={<ReviewTitle />} queryOptions={{ meta: { review: true } }}>
    <PriceListSummary />
    <Diff />
  </DetailShow>
);

export default ReviewShow;
