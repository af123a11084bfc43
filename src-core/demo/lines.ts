// Every mobile line the operators bill the client for, in number order as their exports list them.

import { lineForDevice } from './lines-on-devices';
import {
  abandonedLine,
  routerLine,
  spareLine,
  terminatedLine,
  unenrolledLine,
} from './lines-standalone';
import { FLEET, jitter } from './mix';
import type { DemoContext } from './context';
import type { FleetDevice } from './fleet-device';
import type { PlannedLine } from './line-plan';

/** The lines of the enrolled devices that carry one, plus those no enrolled device carries. */
export function createLines(context: DemoContext, fleet: readonly FleetDevice[]): PlannedLine[] {
  const { random } = context;
  const repeat = (base: number, make: (c: DemoContext) => PlannedLine): PlannedLine[] =>
    Array.from({ length: jitter(base, random.next()) }, () => make(context));

  const onDevices = fleet.flatMap((item) =>
    item.lineUse === null ? [] : [lineForDevice(context, item, item.lineUse)],
  );

  const lines = [
    ...onDevices,
    ...repeat(FLEET.unenrolledUserLines, unenrolledLine),
    ...repeat(FLEET.routerLines, routerLine),
    ...repeat(FLEET.abandonedLines, abandonedLine),
    ...repeat(FLEET.spareLines, spareLine),
    ...repeat(FLEET.terminatedLines, terminatedLine),
  ];
  // Plain code-unit order: localeCompare would depend on the runtime's ICU data.
  return lines.sort((a, b) => (a.line.number < b.line.number ? -1 : 1));
}
