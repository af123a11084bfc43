import type { dashboardFr } from '../fr/dashboard';

export const dashboardEn: typeof dashboardFr = {
  title: 'Dashboard',
};
