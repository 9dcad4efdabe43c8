import ChecklistIcon from '@mui/icons-material/Checklist';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import RuleIcon from '@mui/icons-material/Rule';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 三级检查: inspection records, the phone-sized form and a record's findings. */
export const inspections: ResourceProps = {
  name: 'inspections',
  icon: ChecklistIcon,
  list: lazy(() => import('./inspection-list')),
  create: lazy(() => import('./inspection-form')),
  show: lazy(() => import('./inspection-show')),
};

/** 检查计划: daily post coverage and the inspections missed. */
export const inspectionPlan: ResourceProps = {
  name: 'inspectionPlan',
  icon: EventRepeatIcon,
  list: lazy(() => import('./plan-page')),
};

/** 检查标准与分包方: checklists, posts, subcontractors and their evaluation. */
export const inspectionSetup: ResourceProps = {
  name: 'inspectionSetup',
  icon: RuleIcon,
  list: lazy(() => import('./setup-page')),
};
