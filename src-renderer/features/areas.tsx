// Which screen shows each area of an engagement.
import type { ComponentType } from 'react';

import type { Engagement } from '@core/model/engagement';

import type { Area } from '../state/route';
import { ChecklistArea } from './checklist/ChecklistArea';
import { DashboardArea } from './dashboard/DashboardArea';
import { DataArea } from './data/DataArea';
import { DeliverablesArea } from './deliverables/DeliverablesArea';
import { EngagementSettings } from './engagements/EngagementSettings';
import { MethodArea } from './method/MethodArea';
import { VendorsArea } from './vendors/VendorsArea';

export const AREA_SCREENS: Record<Area, ComponentType<{ engagement: Engagement }>> = {
  data: DataArea,
  dashboard: DashboardArea,
  method: MethodArea,
  vendors: VendorsArea,
  checklist: ChecklistArea,
  deliverables: DeliverablesArea,
  settings: EngagementSettings,
};
