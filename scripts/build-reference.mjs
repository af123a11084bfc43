// Builds the bundled reference catalogues in resources/reference from the raw open-data snapshots.
// Usage: node scripts/build-reference.mjs [sourceDir]   (default: /work/shared/reference)
// The output is committed; run this again only when a newer snapshot of the sources is taken.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const sourceDir = resolve(process.argv[2] ?? '/work/shared/reference');
const outDir = join(root, 'resources/reference');

// Dates of the snapshots, as recorded in the sources' own SOURCES.md.
const ENDOFLIFE_SNAPSHOT = '2026-08-22';
const BOAVIZTA_SNAPSHOT = '2023-02-23';

const OS_PRODUCTS = [
  { platform: 'ios', file: 'ios', versions: 'ios', name: 'iOS' },
  { platform: 'ipados', file: 'ipados', versions: 'ipados', name: 'iPadOS' },
  { platform: 'macos', file: 'macos', versions: 'macos', name: 'macOS' },
  { platform: 'android', file: 'android', versions: null, name: 'Android' },
  { platform: 'windows', file: 'windows', versions: null, name: 'Windows' },
];

const FOOTPRINT_KINDS = {
  Smartphone: 'smartphone',
  Tablet: 'tablet',
  Laptop: 'laptop',
  Desktop: 'desktop',
};

/** Reads the `releases` list of an endoflife.date product front matter (a small YAML subset). */
function readReleases(markdown) {
  const lines = markdown.split('\n');
  const end = lines.indexOf('---', 1);
  const start = lines.indexOf('releases:');
  const releases = [];

  for (const line of lines.slice(start + 1, end)) {
    const item = /^ {2}- (\w+): (.*)$/.exec(line);
    const field = /^ {4}(\w+): (.*)$/.exec(line);
    if (item) releases.push({});
    const match = item ?? field;
    if (match) releases[releases.length - 1][match[1]] = scalar(match[2]);
  }

  return releases;
}

/** Turns a YAML scalar into a string, boolean or null; dates stay ISO strings. */
function scalar(raw) {
  const text = raw.replace(/\s+#.*$/, '').trim();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === '' || text === 'null') return null;
  return text.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
}

/** `false` in the sources means "not determined": the catalogue says null. */
function support(value) {
  return value === false || value === undefined ? null : value;
}

function components(version) {
  return version.split('.').map(Number);
}

/** Whether a dotted version belongs to a dotted cycle ("10.15.7" to "10.15", "8" to "8.0"). */
function inCycle(version, cycle) {
  const v = components(version);
  return components(cycle).every((part, i) => (v[i] ?? 0) === part);
}

function windowsTrack(cycle) {
  if (cycle.endsWith('-lts')) return 'lts';
  if (cycle.endsWith('-iot')) return 'iot';
  if (cycle.endsWith('-e')) return 'enterprise';
  if (cycle.endsWith('-w')) return 'consumer';
  return 'all';
}

function label(product, release) {
  if (product.platform === 'windows')
    return `Windows ${release.releaseLabel ?? release.releaseCycle}`;
  const codename = release.codename ? ` ${release.codename}` : '';
  return `${product.name} ${release.releaseCycle}${codename}`;
}

function readVersions(name) {
  const raw = JSON.parse(readFileSync(join(sourceDir, 'endoflife-release-data', `${name}.json`)));
  return Object.values(raw.versions).map((v) => [v.name, v.date]);
}

function osEntries(product) {
  const markdown = readFileSync(join(sourceDir, 'endoflife', `${product.file}.md`), 'utf8');
  const releases = readReleases(markdown);
  const versions = product.versions ? readVersions(product.versions) : [];
  const cycles = releases.map((r) => r.releaseCycle);

  // A point release goes to the most specific cycle that contains it ("10.15" over "10").
  const cycleOf = (version) =>
    cycles.filter((c) => inCycle(version, c)).sort((a, b) => b.length - a.length)[0];

  return releases.map((release) => {
    const cycle = release.releaseCycle;
    const own = versions.filter(([v]) => cycleOf(v) === cycle);

    return {
      platform: product.platform,
      cycle,
      label: label(product, release),
      track: product.platform === 'windows' ? windowsTrack(cycle) : 'all',
      releaseDate: release.releaseDate,
      eoas: support(release.eoas),
      eol: support(release.eol),
      extendedUntil: support(release.eoes),
      latest: release.latest ?? own[0]?.[0] ?? null,
      latestDate: release.latestReleaseDate ?? own[0]?.[1] ?? null,
      versions: own.sort((a, b) => b[1].localeCompare(a[1])),
    };
  });
}

function buildOsCatalogue() {
  return {
    schemaVersion: 1,
    snapshotDate: ENDOFLIFE_SNAPSHOT,
    source:
      'endoflife.date (products/*.md at a70eca33, 2026-08-22) and ' +
      'endoflife-date/release-data (releases/*.json at f626bdef, 2026-08-22)',
    licence: 'MIT, (c) endoflife.date contributors; see LICENSE-endoflife.txt',
    entries: OS_PRODUCTS.flatMap(osEntries),
  };
}

/** Splits one CSV line; the Boavizta file quotes fields that hold commas. */
function csvFields(line) {
  const fields = [];
  let current = '';
  let quoted = false;

  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      fields.push(current);
      current = '';
    } else current += char;
  }

  fields.push(current);
  return fields;
}

function readCsv(path) {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const names = csvFields(header);
  return rows.map((row) => Object.fromEntries(csvFields(row).map((v, i) => [names[i], v])));
}

/** The model a variant belongs to: "iPhone 13 Pro 256GB" -> "iPhone 13 Pro". */
function modelName(name) {
  return name
    .replace(/\s*\([A-Z]{2}-[A-Z0-9]+\)/, '')
    .replace(/\s+Wi-Fi \+ Cellular/i, '')
    .replace(/\s+(with\s+)?\d+\s?(GB|TB)\b.*$/i, '')
    .trim();
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round1 = (value) => Math.round(value * 10) / 10;

function footprintRows() {
  const rows = readCsv(join(sourceDir, 'boavizta', 'boavizta-data-us.csv'));

  return rows
    .filter((r) => r.category === 'Workplace' && FOOTPRINT_KINDS[r.subcategory])
    .filter((r) => !/watch/i.test(r.name))
    .map((r) => ({
      kind: FOOTPRINT_KINDS[r.subcategory],
      manufacturer: r.manufacturer.trim(),
      model: modelName(r.name),
      alias: /\(([A-Z]{2}-[A-Z0-9]+)\)/.exec(r.name)?.[1] ?? null,
      total: Number(r.gwp_total),
      ratio: r.gwp_manufacturing_ratio === '' ? NaN : Number(r.gwp_manufacturing_ratio),
    }))
    .filter((r) => r.total > 0 && r.ratio > 0 && r.ratio <= 1)
    .map((r) => ({ ...r, manufacturing: r.total * r.ratio }));
}

function groupBy(rows, keyOf) {
  const groups = new Map();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
}

function buildFootprints() {
  const rows = footprintRows();

  const models = groupBy(rows, (r) => `${r.kind}|${r.manufacturer}|${r.model}`).map((group) => ({
    kind: group[0].kind,
    manufacturer: group[0].manufacturer,
    model: group[0].model,
    aliases: [...new Set(group.map((r) => r.alias).filter(Boolean))],
    manufacturingKg: round1(median(group.map((r) => r.manufacturing))),
    variants: group.length,
  }));

  // Medians are taken over models, not variants, so a model sold in five capacities counts once.
  const medianOf = (group, manufacturer) => ({
    kind: group[0].kind,
    manufacturer,
    manufacturingKg: round1(median(group.map((m) => m.manufacturingKg))),
    models: group.length,
  });
  const byKind = groupBy(models, (m) => m.kind).map((g) => medianOf(g, null));
  const byMaker = groupBy(models, (m) => `${m.kind}|${m.manufacturer}`).map((g) =>
    medianOf(g, g[0].manufacturer),
  );

  return {
    schemaVersion: 1,
    snapshotDate: BOAVIZTA_SNAPSHOT,
    source: 'Boavizta environmental-footprint-data, boavizta-data-us.csv at 61323eb5 (2023-02-23)',
    licence: 'ODbL 1.0 (database) and DbCL 1.0 (contents), Boavizta; this derived file is ODbL 1.0',
    method:
      'manufacturingKg = gwp_total x gwp_manufacturing_ratio per row; rows without a ratio are ' +
      'left out; storage variants of one model are merged by median; medians are over models',
    models: models.sort((a, b) => `${a.kind}${a.model}`.localeCompare(`${b.kind}${b.model}`)),
    medians: [...byKind, ...byMaker],
  };
}

// Per-model support ends (endoflife.date device products). `eol` is the end of security updates
// for phones and tablets and the end of firmware and driver servicing for Surface devices.
const DEVICE_PRODUCTS = [
  { file: 'iphone', manufacturer: 'Apple', prefix: 'iPhone ', kind: () => 'smartphone' },
  { file: 'ipad', manufacturer: 'Apple', prefix: '', kind: () => 'tablet' },
  { file: 'samsung-mobile', manufacturer: 'Samsung', prefix: '', kind: () => 'smartphone' },
  { file: 'samsung-galaxy-tab', manufacturer: 'Samsung', prefix: '', kind: () => 'tablet' },
  { file: 'pixel', manufacturer: 'Google', prefix: '', kind: tabletIf(/tablet/i) },
  { file: 'google-nexus', manufacturer: 'Google', prefix: '', kind: tabletIf(/nexus (7|9|10)\b/i) },
  { file: 'motorola-mobility', manufacturer: 'Motorola', prefix: '', kind: () => 'smartphone' },
  { file: 'nokia', manufacturer: 'Nokia', prefix: '', kind: tabletIf(/\bt\d+/i) },
  { file: 'oneplus', manufacturer: 'OnePlus', prefix: 'OnePlus ', kind: tabletIf(/pad/i) },
  { file: 'sony-xperia', manufacturer: 'Sony', prefix: '', kind: () => 'smartphone' },
  { file: 'fairphone', manufacturer: 'Fairphone', prefix: '', kind: () => 'smartphone' },
  { file: 'surface', manufacturer: 'Microsoft', prefix: '', kind: surfaceKind },
];

function tabletIf(pattern) {
  return (model) => (pattern.test(model) ? 'tablet' : 'smartphone');
}

function surfaceKind(model) {
  if (/laptop|book/i.test(model)) return 'laptop';
  if (/studio|desktop/i.test(model)) return 'desktop';
  if (/pro|go/i.test(model)) return 'tablet';
  return 'other';
}

function deviceEntries(product) {
  const markdown = readFileSync(join(sourceDir, 'endoflife', `${product.file}.md`), 'utf8');

  return readReleases(markdown).map((release) => {
    const model = `${product.prefix}${release.releaseLabel ?? release.releaseCycle}`;
    return {
      kind: product.kind(model),
      manufacturer: product.manufacturer,
      model,
      releaseDate: release.releaseDate ?? null,
      securityUntil: support(release.eol),
    };
  });
}

function buildDeviceSupport() {
  return {
    schemaVersion: 1,
    snapshotDate: ENDOFLIFE_SNAPSHOT,
    source: 'endoflife.date (products/*.md at a70eca33, 2026-08-22): device products',
    licence: 'MIT, (c) endoflife.date contributors; see LICENSE-endoflife.txt',
    models: DEVICE_PRODUCTS.flatMap(deviceEntries),
  };
}

/** JSON with one array element per line, so that a new snapshot reads as a short diff. */
function stringify(document) {
  const fields = Object.entries(document).map(([key, value]) => {
    if (!Array.isArray(value)) return `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    const items = value.map((item) => `  ${JSON.stringify(item)}`).join(',\n');
    return `${JSON.stringify(key)}: [\n${items}\n]`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** Copies a licence as a fresh writable file (the source copies may be read-only). */
function copyText(from, to) {
  writeFileSync(join(outDir, to), readFileSync(join(sourceDir, from)));
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'os-catalogue.json'), stringify(buildOsCatalogue()));
writeFileSync(join(outDir, 'device-footprints.json'), stringify(buildFootprints()));
writeFileSync(join(outDir, 'device-support.json'), stringify(buildDeviceSupport()));
copyText('endoflife/LICENSE', 'LICENSE-endoflife.txt');
copyText('endoflife-release-data/LICENSE', 'LICENSE-endoflife-release-data.txt');
process.stdout.write(`reference catalogues written to ${outDir}\n`);
