import type { Device } from '@core/model/device';

import type { DeviceSupport, ModelSupport } from './device-support';

// Inventories name models loosely: "Apple iPhone SE (2e génération)", "Galaxy XCover 7", "iPad
// Pro 11 pouces (M4)" for the catalogue's "iPhone SE (2nd generation)", "Galaxy XCover7" and
// "iPad Pro 11-inch (M4)". Names are compared as lower-case unaccented words, without the
// maker's name, with generation ordinals, "pouces" and a trailing "5G" evened out; the words
// are then joined, as makers space letters and numbers as they please.

/** Lower-case unaccented words, "2nd generation" and "2e génération" both as "gen2". */
export function modelKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(\d+)\s*(st|nd|rd|th|e|eme|er|re)\s+gen(eration)?\b/g, 'gen$1')
    .replace(/\bpouces?\b/g, 'inch')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** The key a model is looked up by: its words without the maker's name and a final "5G". */
function lookupKey(model: string, makers: readonly string[]): string {
  const words = modelKey(model);
  const maker = makers.find((m) => words.startsWith(`${m} `));
  const name = maker ? words.slice(maker.length + 1) : words;
  return name.replace(/ 5g$/, '').replace(/ /g, '');
}

interface Index {
  makers: string[];
  byName: Map<string, ModelSupport[]>;
}

const indexes = new WeakMap<DeviceSupport, Index>();

function indexOf(support: DeviceSupport): Index {
  const known = indexes.get(support);
  if (known) return known;

  const makers = [...new Set(support.models.map((m) => modelKey(m.manufacturer)))];
  const byName = new Map<string, ModelSupport[]>();
  for (const model of support.models) {
    const key = lookupKey(model.model, makers);
    const list = byName.get(key);
    if (list) list.push(model);
    else byName.set(key, [model]);
  }
  const index = { makers, byName };
  indexes.set(support, index);
  return index;
}

/** The catalogue's entry for a device's model, or null when the model is not in it. */
export function modelSupportFor(device: Device, support: DeviceSupport): ModelSupport | null {
  const { makers, byName } = indexOf(support);
  const reported = modelKey(device.manufacturer ?? '');
  const maker = makers.find((m) => ` ${reported} `.includes(` ${m} `)) ?? null;

  const name = lookupKey(device.model ?? '', makers);
  if (!name) return null;

  // The kind is not compared: inventories file a Surface Pro as a laptop or as a tablet.
  const candidates = byName.get(name) ?? [];
  return candidates.find((m) => maker === null || modelKey(m.manufacturer) === maker) ?? null;
}
