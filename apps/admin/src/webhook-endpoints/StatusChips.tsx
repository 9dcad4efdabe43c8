import { Chip, type ChipProps } from '@mui/material';
import type { WebhookDeliveryStatus, WebhookEndpointStatus } from '@wuye/schema';
import { useRecordContext, useTranslate } from 'react-admin';

const ENDPOINT_COLOR: Record<WebhookEndpointStatus, ChipProps['color']> = { ACTIVE: 'success', FAILING: 'error', DISABLED: 'default' };
const DELIVERY_COLOR: Record<WebhookDeliveryStatus, ChipProps['color']> = { DELIVERED: 'success', PENDING: 'warning', FAILED: 'error' };

/** 正常 / 投递失败 / 已停用, as the API derives it. */
export const EndpointStatusField = (_props: { label?: string; source?: string }) => {
  const endpoint = useRecordContext<{ status: WebhookEndpointStatus }>();
  const translate = useTranslate();
  if (!endpoint) return null;
  return <Chip size="small" color={ENDPOINT_COLOR[endpoint.status]} label={translate(`enums.WebhookEndpointStatus.${endpoint.status}`)} data-testid="endpoint-status" />;
};

export const DeliveryStatusField = (_props: { label?: string; source?: string }) => {
  const delivery = useRecordContext<{ status: WebhookDeliveryStatus }>();
  const translate = useTranslate();
  if (!delivery) return null;
  return <Chip size="small" color={DELIVERY_COLOR[delivery.status]} variant="outlined" label={translate(`enums.WebhookDeliveryStatus.${delivery.status}`)} data-testid="delivery-status" />;
};
