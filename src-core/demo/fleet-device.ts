import type { Department, Site } from './client';
import type { Person } from './people';
import type { PlanUse } from './plans';
import type { Device } from '../model/device';

/** A generated device with what the line planner needs to know about it. */
export interface FleetDevice {
  device: Device;
  person: Person | null;
  department: Department;
  site: Site;
  /** The plan its company line needs, or null when it carries none. */
  lineUse: PlanUse | null;
}
