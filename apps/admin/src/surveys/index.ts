import SentimentSatisfiedAltIcon from '@mui/icons-material/SentimentSatisfiedAlt';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 满意度调查: surveys per project and period, questionnaires, results per item, improvement actions. */
export const satisfactionSurveys: ResourceProps = {
  name: 'satisfactionSurveys',
  icon: SentimentSatisfiedAltIcon,
  list: lazy(() => import('./survey-list')),
  create: lazy(() => import('./survey-create')),
  show: lazy(() => import('./survey-show')),
  recordRepresentation: 'title',
};
