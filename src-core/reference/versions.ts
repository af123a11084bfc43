// OS versions arrive as free text from MDM exports ("iOS 16.7.10", "10.0.26100.4652", "14"):
// only the dotted numbers matter for matching them against the catalogue.

/** The numeric components of the first dotted number in a text, or null when it has none. */
export function versionParts(text: string | null | undefined): number[] | null {
  const match = text ? /\d+(?:\.\d+)*/.exec(text) : null;
  return match ? match[0].split('.').map(Number) : null;
}

/** Whether a version lies within a cycle; missing trailing parts count as 0 ("8" is in "8.0"). */
export function isInCycle(version: readonly number[], cycle: readonly number[]): boolean {
  return cycle.every((part, i) => (version[i] ?? 0) === part);
}

/** Orders two versions part by part; a missing part counts as 0. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
