import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { CRITERION_GROUPS } from '@core/grid/criterion';
import { restoreCriteriaLibrary } from '@core/grid/library';
import { gridFromLibrary, gridFromTemplate } from '@core/grid/template';
import type { GridId } from '@core/grid/ids';

const file = new URL('../../../../resources/grid/criteria-library.json', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
const library = restoreCriteriaLibrary(raw);

describe('bundled criteria library', () => {
  it('holds between 35 and 45 criteria with unique ids', () => {
    const ids = library.criteria.map((c) => c.id);

    expect(ids.length).toBeGreaterThanOrEqual(35);
    expect(ids.length).toBeLessThanOrEqual(45);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(CRITERION_GROUPS)('has criteria in group %s', (group) => {
    expect(library.criteria.filter((c) => c.group === group).length).toBeGreaterThan(0);
  });

  it('fills label and description in French and English for every criterion and template', () => {
    const texts = [...library.criteria, ...library.templates].flatMap((item) => [
      [item.id, 'label.fr', item.label.fr],
      [item.id, 'label.en', item.label.en],
      [item.id, 'description.fr', item.description.fr],
      [item.id, 'description.en', item.description.en],
    ]);

    expect(texts.filter(([, , text]) => text.trim() === '')).toEqual([]);
  });

  it('starts with the five usual platforms', () => {
    expect(library.vendors.map((v) => v.name)).toEqual([
      'Microsoft Intune',
      'Omnissa Workspace ONE',
      'Ivanti Neurons for MDM',
      'SOTI MobiControl',
      'Jamf Pro',
    ]);
  });

  it('builds grids from the whole library and from each template', () => {
    const options = { id: 'g1' as GridId, name: 'Sélection MDM' };

    const full = gridFromLibrary(library, options);
    expect(full.criteria).toHaveLength(library.criteria.length);
    expect(full.libraryVersion).toBe(library.version);

    for (const template of library.templates) {
      const built = gridFromTemplate(library, template, { ...options, vendorIds: ['jamf-pro'] });
      expect(built.criteria.map((c) => c.id)).toEqual(template.criteria.map((c) => c.criterionId));
      expect(built.vendors.map((v) => v.id)).toEqual(['jamf-pro']);
    }
  });
});

describe('restoreCriteriaLibrary', () => {
  it('refuses another schema version', () => {
    expect(() => restoreCriteriaLibrary({ ...library, schemaVersion: 2 })).toThrow();
  });

  it('refuses a template that points at an unknown criterion', () => {
    const broken = {
      ...library,
      templates: [
        {
          ...library.templates[0],
          criteria: [{ criterionId: 'nope', weight: 1, mustHaveThreshold: null }],
        },
      ],
    };

    expect(() => restoreCriteriaLibrary(broken)).toThrow(/unknown nope/);
  });

  it('refuses duplicate criterion ids', () => {
    const broken = { ...library, criteria: [...library.criteria, library.criteria[0]] };

    expect(() => restoreCriteriaLibrary(broken)).toThrow(/duplicate criterion/);
  });
});
