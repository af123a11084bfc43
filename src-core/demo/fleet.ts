// The whole device inventory, as the client's MDM would export it on the reference date.

import { companyPhone, personalPhone } from './fleet-phones';
import { laptops, supersededPhone, tablet } from './fleet-others';
import { FLEET, jitter } from './mix';
import type { DemoContext } from './context';
import type { FleetDevice } from './fleet-device';
import type { Person } from './people';

/** Every device of the demo client, with what the line planner needs about each. */
export function createFleet(context: DemoContext): FleetDevice[] {
  const { random } = context;
  const count = (base: number): number => jitter(base, random.next());
  const repeat = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

  const phones = repeat(count(FLEET.companyPhones), () => companyPhone(context));
  const personal = repeat(count(FLEET.personalPhones), () => personalPhone(context));
  const holders = phones.map((p) => p.person).filter((p): p is Person => p !== null);
  const tablets = repeat(count(FLEET.tablets), () => tablet(context, holders));
  const computers = laptops(context, holders, count(FLEET.laptops));

  const replaced = random.sample(
    phones.filter((p) => p.lineUse !== null),
    FLEET.supersededPhones,
  );
  const superseded = replaced.map((current) => supersededPhone(context, current));

  const fleet = [...phones, ...personal, ...tablets, ...computers, ...superseded];
  dropIdentifiers(context, fleet);
  return fleet;
}

/**
 * Some exports lose identifiers: a few phones come without a serial (keyed by IMEI) and a couple
 * of Wi-Fi devices without serial or IMEI (keyed by the MDM's id).
 */
function dropIdentifiers({ random }: DemoContext, fleet: FleetDevice[]): void {
  const cellular = fleet.filter((f) => f.device.imei !== null);
  for (const item of random.sample(cellular, FLEET.missingSerial)) {
    item.device = { ...item.device, serial: null, key: item.device.imei ?? item.device.key };
  }

  const wifiOnly = fleet.filter((f) => f.device.imei === null);
  for (const item of random.sample(wifiOnly, FLEET.missingSerialAndImei)) {
    item.device = { ...item.device, serial: null, key: item.device.mdmId ?? item.device.key };
  }
}
