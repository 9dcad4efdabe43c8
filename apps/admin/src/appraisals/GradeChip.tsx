import { Chip } from '@mui/material';
import type { AppraisalGrade } from '@wuye/schema';
import { useTranslate } from 'react-admin';

const GRADE_COLOR: Record<AppraisalGrade, 'success' | 'info' | 'default' | 'error'> = { EXCELLENT: 'success', GOOD: 'info', PASS: 'default', FAIL: 'error' };

/** 优秀 / 良好 / 合格 / 不合格, as the API graded the total. */
export const GradeChip = ({ grade }: { grade: AppraisalGrade | null | undefined }) => {
  const translate = useTranslate();
  if (!grade) return null;
  return <Chip size="small" color={GRADE_COLOR[grade]} label={translate(`enums.AppraisalGrade.${grade}`)} data-testid="appraisal-grade" />;
};
