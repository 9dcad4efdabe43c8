import { Tab, Tabs } from '@mui/material';
import type { NotificationFieldsFragment } from '@wuye/schema';
import { Button, DataTable, List, TopToolbar, useListContext, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { notificationPath } from './notification-target';
import { useMarkRead } from './use-open-notification';

type Row = NotificationFieldsFragment & { id: string };

const MarkAllRead = () => {
  const markRead = useMarkRead();
  const refresh = useRefresh();
  return (
    <Button
      label="resources.notifications.markAllRead"
      onClick={async () => {
        await markRead();
        refresh();
      }}
    />
  );
};

const Actions = () => (
  <TopToolbar>
    <MarkAllRead />
  </TopToolbar>
);

/** 全部 / 未读 */
const Filter = () => {
  const { filterValues, setFilters } = useListContext();
  const translate = useTranslate();
  const unreadOnly = filterValues.unreadOnly === true;
  return (
    <Tabs value={unreadOnly ? 'unread' : 'all'} onChange={(_e, tab) => setFilters(tab === 'unread' ? { unreadOnly: true } : {})} sx={{ px: 2 }}>
      <Tab value="all" label={translate('resources.notifications.tabs.all')} />
      <Tab value="unread" label={translate('resources.notifications.tabs.unread')} />
    </Tabs>
  );
};

const Title = () => {
  const n = useRecordContext<Row>();
  if (!n) return null;
  return <span style={{ fontWeight: n.readAt ? 'normal' : 'bold' }}>{n.title}</span>;
};

const Read = () => {
  const n = useRecordContext<Row>();
  const translate = useTranslate();
  if (!n) return null;
  return <span>{translate(n.readAt ? 'resources.notifications.read' : 'resources.notifications.unread')}</span>;
};

/** 通知: newest first; opening one marks it read and goes to its order or complaint. */
const NotificationList = () => {
  const markRead = useMarkRead();
  return (
    <List actions={<Actions />} perPage={25} exporter={false} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Filter />
      <DataTable<Row>
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => {
          const n = record as Row;
          if (!n.readAt) void markRead([n.id]);
          return notificationPath(n) ?? false;
        }}
      >
        <DataTable.Col source="title" disableSort>
          <Title />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enumName="NotificationKind" />
        </DataTable.Col>
        <DataTable.Col source="subjectLabel" disableSort />
        <DataTable.Col source="createdAt" disableSort field={DateTimeField} />
        <DataTable.Col source="readAt" disableSort>
          <Read />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default NotificationList;
