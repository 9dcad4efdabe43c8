import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { AppraisalGrade, HousekeeperAppraisalFieldsFragment } from '@wuye/schema';
import { useTranslate } from 'react-admin';
import { formatHundredths } from '../common/score';

type Appraisal = HousekeeperAppraisalFieldsFragment;

const GRADE_COLOR: Record<AppraisalGrade, 'success' | 'info' | 'default' | 'error'> = { EXCELLENT: 'success', GOOD: 'info', PASS: 'default', FAIL: 'error' };

export const GradeChip = ({ grade }: { grade: AppraisalGrade | null | undefined }) => {
  const translate = useTranslate();
  if (!grade) return null;
  return <Chip size="small" color={GRADE_COLOR[grade]} label={translate(`enums.AppraisalGrade.${grade}`)} data-testid="appraisal-grade" />;
};

/** The five dimensions: weight, where the score comes from (the block's data or the manager) and the score. */
export const AppraisalDimensions = ({ appraisal }: { appraisal: Appraisal }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.housekeeperAppraisals.${key}`);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{t('dimension')}</TableCell>
          <TableCell align="right">{t('weight')}</TableCell>
          <TableCell>{t('source')}</TableCell>
          <TableCell align="right">{t('score')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {appraisal.dimensions.map((d) => (
          <TableRow key={d.dimension}>
            <TableCell>{translate(`enums.AppraisalDimension.${d.dimension}`)}</TableCell>
            <TableCell align="right">{d.weight}%</TableCell>
            <TableCell>{translate(`enums.AppraisalSource.${d.source}`, { _: d.source })}</TableCell>
            <TableCell align="right">{formatHundredths(d.scoreHundredths)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell colSpan={3}>
            <strong>{t('total')}</strong>
          </TableCell>
          <TableCell align="right">
            <Typography component="span" fontWeight={600}>
              {formatHundredths(appraisal.totalHundredths)}
            </Typography>{' '}
            <GradeChip grade={appraisal.grade} />
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
};
