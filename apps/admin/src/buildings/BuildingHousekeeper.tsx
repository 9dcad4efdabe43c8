import { Card, CardContent, Typography } from '@mui/material';
import type { BuildingFieldsFragment } from '@wuye/schema';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { BlockHousekeeperSelect, useHousekeepers } from '../appraisals/BlockHousekeeperSelect';

/** Beside the building's form: whose block (组团) it is in. Saved on its own, then the form reloads (new version). */
export const BuildingHousekeeper = () => {
  const building = useRecordContext<BuildingFieldsFragment>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const housekeepers = useHousekeepers(building?.projectId);
  if (!building) return null;
  return (
    <Card sx={{ ml: { md: 2 }, mt: { xs: 2, md: 0 }, minWidth: 260, alignSelf: 'flex-start' }} data-testid="building-housekeeper">
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {translate('resources.housekeeperAppraisals.block')}
        </Typography>
        <BlockHousekeeperSelect building={building} housekeepers={housekeepers} onDone={refresh} />
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {translate('resources.housekeeperAppraisals.blockHint')}
        </Typography>
      </CardContent>
    </Card>
  );
};
