import PrintIcon from '@mui/icons-material/Print';
import { Button } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PriceListRecord } from './types';

/** 打印公示单: the API's printable notice, which only ever shows the published version. */
export const NoticeLink = () => {
  const list = useRecordContext<PriceListRecord>();
  const translate = useTranslate();
  if (list?.state !== 'PUBLISHED') return null;
  return (
    <Button
      size="small"
      href={`/notices/price-list/${encodeURIComponent(list.projectId)}`}
      target="_blank"
      rel="noopener"
      startIcon={<PrintIcon />}
    >
      {translate('resources.priceLists.notice')}
    </Button>
  );
};
