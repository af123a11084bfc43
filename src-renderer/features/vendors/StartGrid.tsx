import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { gridFromLibrary, gridFromTemplate } from '@core/grid/template';
import { gridFromSavedTemplate, toVendor } from '@core/grid';
import type { Grid } from '@core/grid/grid';
import type { GridId } from '@core/grid/ids';
import type { SavedGridTemplate } from '@core/grid/saved-template';
import type { Engagement } from '@core/model/engagement';
import { newId } from '@core/model/ids';

import { useLiveQuery } from 'dexie-react-hooks';
import { listLibrary } from '../../store/library';
import { TEMPLATE_KIND, criteriaLibrary, restoreSavedTemplate } from './library-data';

interface Props {
  engagement: Engagement;
  onStart: (grid: Grid) => void;
}

/** Lets the consultant pick the starting point: whole library, a bundled or a saved template. */
export function StartGrid({ engagement, onStart }: Props) {
  const { t } = useTranslation();
  const library = criteriaLibrary();
  const saved = useLiveQuery(() => listLibrary(TEMPLATE_KIND, restoreSavedTemplate), []) ?? [];
  const [choice, setChoice] = useState('library');
  const lang = engagement.locale;

  const options = [
    { id: 'library', label: t('vendors.start.library', { count: library.criteria.length }) },
    ...library.templates.map((tpl) => ({
      id: `bundled:${tpl.id}`,
      label: t('vendors.start.template', { name: tpl.label[lang], count: tpl.criteria.length }),
    })),
    ...saved.map((tpl) => ({
      id: `saved:${tpl.id}`,
      label: t('vendors.start.saved', { name: tpl.name, count: tpl.criteria.length }),
    })),
  ];

  const create = () => {
    const id = newId<'GridId'>() as GridId;
    const name = t('vendors.start.defaultName');
    onStart(build(choice, id, name, saved));
  };

  const build = (key: string, id: GridId, name: string, templates: SavedGridTemplate[]): Grid => {
    const bundled = library.templates.find((tpl) => `bundled:${tpl.id}` === key);
    if (bundled) return gridFromTemplate(library, bundled, { id, name });

    const mine = templates.find((tpl) => `saved:${tpl.id}` === key);
    if (mine) return gridFromSavedTemplate(mine, id, name, library.vendors.map(toVendor));

    return gridFromLibrary(library, { id, name });
  };

  return (
    <section className="panel start-grid" data-testid="grid-start">
      <h2>{t('vendors.start.title')}</h2>
      <p className="muted">{t('vendors.start.body')}</p>
      <fieldset className="start-options">
        {options.map((option) => (
          <label key={option.id}>
            <input
              type="radio"
              name="grid-start"
              value={option.id}
              checked={choice === option.id}
              onChange={() => setChoice(option.id)}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      <button type="button" className="button primary" onClick={create} data-testid="grid-create">
        {t('vendors.start.button')}
      </button>
    </section>
  );
}
