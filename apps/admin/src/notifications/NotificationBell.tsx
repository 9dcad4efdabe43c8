import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Box, Button as MuiButton, Divider, IconButton, List, ListItemButton, ListItemText, Popover, Stack, Tooltip, Typography } from '@mui/material';
import type { NotificationFieldsFragment } from '@wuye/schema';
import { useState } from 'react';
import { useGetIdentity, useGetList, useLocaleState, useRefresh, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Identity } from '../authProvider';
import { formatChinaTime } from '../common/DateTimeField';
import { useMarkRead, useOpenNotification } from './use-open-notification';
import { useUnreadCount } from './unread-count';

const LATEST = 8;

const Latest = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const open = useOpenNotification();
  const { data, isPending } = useGetList<NotificationFieldsFragment & { id: string }>('notifications', {
    pagination: { page: 1, perPage: LATEST },
    sort: { field: 'createdAt', order: 'DESC' },
    filter: {},
  });
  if (isPending) return <Typography sx={{ p: 2 }}>{translate('ra.page.loading')}</Typography>;
  if (!data?.length) return <Typography sx={{ p: 2 }} color="text.secondary">{translate('resources.notifications.empty')}</Typography>;
  return (
    <List dense disablePadding data-testid="notification-menu">
      {data.map((n) => (
        <ListItemButton
          key={n.id}
          onClick={() => {
            onClose();
            open(n);
          }}
          sx={{ alignItems: 'flex-start', bgcolor: n.readAt ? undefined : 'action.hover' }}
          data-testid="notification-item"
        >
          <ListItemText
            primary={n.title}
            secondary={`${n.subjectLabel} · ${formatChinaTime(n.createdAt, locale)}`}
            slotProps={{ primary: { fontWeight: n.readAt ? 'normal' : 'bold', variant: 'body2' } }}
          />
        </ListItemButton>
      ))}
    </List>
  );
};

/**
 * 通知 in the app bar: the unread count (also in the button's name, for screen readers), and the
 * newest notifications a click away. Staff only: an API key has no inbox.
 */
export const NotificationBell = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { data: identity } = useGetIdentity();
  const isStaff = !!(identity as Identity | undefined)?.viewer.user;
  const count = useUnreadCount(isStaff);
  const markRead = useMarkRead();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!isStaff) return null;
  const close = () => setAnchor(null);
  const label = translate('resources.notifications.bell', { smart_count: count ?? 0 });
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} onClick={(e) => setAnchor(e.currentTarget)}>
          <Badge badgeContent={count ?? 0} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { width: 380, maxWidth: '95vw' } } }}
      >
        <Stack direction="row" alignItems="center" justifyContent="space-between" sx={{ px: 2, py: 1 }}>
          <Typography variant="subtitle1">{translate('resources.notifications.name')}</Typography>
          <MuiButton
            size="small"
            disabled={!count}
            onClick={async () => {
              await markRead();
              refresh();
            }}
          >
            {translate('resources.notifications.markAllRead')}
          </MuiButton>
        </Stack>
        <Divider />
        {anchor && <Latest onClose={close} />}
        <Divider />
        <Box sx={{ p: 1, textAlign: 'center' }}>
          <MuiButton component={RouterLink} to="/notifications" onClick={close} size="small">
            {translate('resources.notifications.viewAll')}
          </MuiButton>
        </Box>
      </Popover>
    </>
  );
};
