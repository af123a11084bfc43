import type { Device } from '@core/model/device';
import type { Line } from '@core/model/line';

import { emailKey, nameKey } from './keys';

/** Someone the inventories and the operator name, with what they hold. */
export interface Person {
  /** `email:…` when any source gives an address, else `name:…`. */
  key: string;
  name: string | null;
  email: string | null;
  deviceKeys: string[];
  lineNumbers: string[];
}

interface Holder {
  userEmail: string | null;
  userName: string | null;
}

/**
 * Groups devices and lines by person: by e-mail first, then by name, so a line that names only
 * `DUPONT Marie` joins the device of `Marie Dupont <m.dupont@…>`. Holders with neither are left out.
 */
export function findPeople(devices: readonly Device[], lines: readonly Line[]): Person[] {
  const byKey = new Map<string, Person>();
  const byName = new Map<string, Person>();
  // Each holder's address is read once; the two passes below ask for it again.
  const deviceEmails = devices.map((device) => emailKey(device.userEmail));
  const lineEmails = lines.map((line) => emailKey(line.userEmail));

  // Addresses first, so that names seen next can join a person an address already named.
  for (const withEmail of [true, false]) {
    devices.forEach((device, at) => {
      if ((deviceEmails[at] !== null) !== withEmail) return;
      personFor(device, deviceEmails[at], byKey, byName)?.deviceKeys.push(device.key);
    });
    lines.forEach((line, at) => {
      if ((lineEmails[at] !== null) !== withEmail) return;
      personFor(line, lineEmails[at], byKey, byName)?.lineNumbers.push(line.number);
    });
  }

  return [...byKey.values()];
}

function personFor(
  holder: Holder,
  email: string | null,
  byKey: Map<string, Person>,
  byName: Map<string, Person>,
): Person | null {
  const name = nameKey(holder.userName);
  const key = email ? `email:${email}` : name ? `name:${name}` : null;
  if (!key) return null;

  const found = byKey.get(key) ?? (!email && name ? byName.get(name) : undefined);
  if (found) {
    found.name ??= holder.userName;
    return found;
  }

  const person: Person = {
    key,
    name: holder.userName,
    email,
    deviceKeys: [],
    lineNumbers: [],
  };
  byKey.set(key, person);
  if (name && !byName.has(name)) byName.set(name, person);
  return person;
}
