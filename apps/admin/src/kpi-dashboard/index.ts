import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/**
 * 项目绩效: one project's KPIs with their twelve-month trends, opened from the KPI dashboard (the
 * landing page of those who review performance). No menu entry of its own: the dashboard is.
 */
export const projectKpis: ResourceProps = {
  name: 'projectKpis',
  show: lazy(() => import('./project-kpis-page')),
};

/** 绩效看板: projects × KPIs, shown as the landing page to those who may read KPIs. */
export const KpiDashboardPage = lazy(() => import('./dashboard-page'));
