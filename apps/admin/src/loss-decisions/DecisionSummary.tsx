import { Chip, Link, Stack, Typography, type ChipProps } from '@mui/material';
import type { LossDecisionFieldsFragment, LossDecisionState } from '@wuye/schema';
import { useCanAccess, useCreatePath, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';

const STATE_COLORS: Record<LossDecisionState, ChipProps['color']> = { PROPOSED: 'info', APPROVED: 'success', REJECTED: 'error', RECORDED: 'default' };

export const DecisionStateChip = ({ state }: { state: LossDecisionState }) => {
  const translate = useTranslate();
  return <Chip size="small" color={STATE_COLORS[state]} variant="outlined" label={translate(`enums.LossDecisionState.${state}`)} />;
};

/** A price rise's draft price list: the editor for the project manager, the version page for others. */
export const DraftPriceListLink = ({ priceListId, label = 'resources.lossDecisions.openDraft' }: { priceListId: string; label?: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess: canEdit } = useCanAccess({ resource: 'priceLists', action: 'edit' });
  return (
    <Link component={RouterLink} to={createPath({ resource: 'priceLists', id: priceListId, type: canEdit ? 'edit' : 'show' })} variant="body2" data-testid="draft-price-list-link">
      {translate(label)}
    </Link>
  );
};

/** What was decided: the measure, its state, and what it set in motion. */
export const DecisionSummary = ({ decision }: { decision: LossDecisionFieldsFragment }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={0.5} alignItems="flex-start" data-testid="latest-decision">
      <Stack direction="row" spacing={0.5} alignItems="center">
        <Typography variant="body2">{translate(`enums.LossDecisionKind.${decision.kind}`)}</Typography>
        <DecisionStateChip state={decision.state} />
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {translate('resources.lossDecisions.decidedFor', { month: decision.month })}
        {decision.kind === 'GROW_VOLUME' && decision.targetOrdersPerMonth != null &&
          ` · ${translate('resources.lossDecisions.targetAndReview', { target: decision.targetOrdersPerMonth, date: decision.reviewOn ?? '' })}`}
      </Typography>
      {decision.kind === 'RAISE_PRICE' && decision.priceListId && <DraftPriceListLink priceListId={decision.priceListId} label="resources.lossDecisions.priceList" />}
    </Stack>
  );
};
