import type { GatewayRoute } from '../gateway';
import { coverageExportRoute } from './coverage-export';
import { dashboardRoutes } from './dashboard';

/** The analysts' HTTP routes of the gateway: the coverage dashboard and the CSV export. */
export function analyticsRoutes(): GatewayRoute[] {
  return [...dashboardRoutes(), coverageExportRoute()];
}
