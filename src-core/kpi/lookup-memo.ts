import type { Device } from '@core/model/device';

// Catalogue lookups (OS support, footprints, model support) depend only on a reference object,
// a few settings and a few fields of the device. A fleet holds a few hundred combinations of
// those fields: each is looked up once, and remembered for as long as the reference object
// lives, under the exact settings it was made with, so a computation after a settings change or
// on another engagement reuses what still holds and never what does not.

/** Settings combinations kept per reference object; more are rare (an auditor trying values). */
const CONTEXTS_MAX = 16;

const kept = new WeakMap<object, Map<string, Map<string, unknown>>>();

/**
 * Where lookups against `reference` are remembered under `context`, which must name the fact
 * and every setting the lookup reads. Without a reference, a map for this computation only.
 */
export function lookupRoot(reference: object | null, context: string): Map<string, unknown> {
  if (!reference) return new Map<string, unknown>();

  let contexts = kept.get(reference);
  if (!contexts) {
    contexts = new Map<string, Map<string, unknown>>();
    kept.set(reference, contexts);
  }

  let root = contexts.get(context);
  if (!root) {
    if (contexts.size >= CONTEXTS_MAX) contexts.clear();
    root = new Map<string, unknown>();
    contexts.set(context, root);
  }
  return root;
}

// Nested maps on the fields' own strings avoid building (and hashing) a joined key for each of
// 50,000 devices. One function per key shape rather than a list of key readers: each then reads
// the same fields of the same kind of object every time, which the engine makes fast.

/** Remembers `look` in `root` per platform and OS version of the device. */
export function byOsVersion<T>(root: Map<string, unknown>, look: (device: Device) => T) {
  return (device: Device): T => {
    const versions = levelOf(root, device.platform);
    return remembered(versions, device.osVersion ?? '', device, look);
  };
}

/** Remembers `look` in `root` per kind, manufacturer and model of the device. */
export function byModel<T>(root: Map<string, unknown>, look: (device: Device) => T) {
  return (device: Device): T => {
    const makers = levelOf(root, device.kind);
    const models = levelOf(makers, device.manufacturer ?? '');
    return remembered(models, device.model ?? '', device, look);
  };
}

/** Remembers `look` in `root` per security patch level the device reports. */
export function byPatchLevel<T>(root: Map<string, unknown>, look: (device: Device) => T) {
  return (device: Device): T => remembered(root, device.securityPatch ?? '', device, look);
}

function levelOf(level: Map<string, unknown>, key: string): Map<string, unknown> {
  let next = level.get(key) as Map<string, unknown> | undefined;
  if (!next) {
    next = new Map<string, unknown>();
    level.set(key, next);
  }
  return next;
}

function remembered<T>(
  level: Map<string, unknown>,
  key: string,
  device: Device,
  look: (device: Device) => T,
): T {
  const known = level.get(key) as T | undefined;
  if (known !== undefined || level.has(key)) return known as T;

  const value = look(device);
  level.set(key, value);
  return value;
}
