import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { currentMonth } from '../profitability/months';
import { useLoad } from '../profitability/use-load';

/** On the landing page of staff who do not review KPIs: this month's score, with a way to 我的考核. */
const MyMonthCard = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const month = currentMonth();
  const { data } = useLoad(`scorecard:${month}`, (dp) => dp.myScorecard(month));
  if (!data) return null;
  const appealable = data.entries.filter((e) => e.appealable).length;
  const t = (key: string, args?: object) => translate(`resources.myScorecard.${key}`, args);
  return (
    <Card sx={{ mt: 2 }} data-testid="my-month">
      <CardContent>
        <Typography variant="overline" color="text.secondary">
          {t('thisMonth', { month })}
        </Typography>
        <Stack direction="row" spacing={3} alignItems="baseline" useFlexGap flexWrap="wrap">
          {data.scores.map((s, i) => (
            <Typography key={i} variant="h4">
              {s.score}
            </Typography>
          ))}
          <Typography variant="body2" color="text.secondary">
            {t('summary', { entries: data.entries.length, commendations: data.commendations.length })}
          </Typography>
          {appealable > 0 && (
            <Typography variant="body2" color="warning.main">
              {t('appealableCount', { count: appealable })}
            </Typography>
          )}
          <Button component={RouterLink} to={createPath({ resource: 'myScorecard', type: 'list' })} size="small">
            {t('open')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};

export default MyMonthCard;
