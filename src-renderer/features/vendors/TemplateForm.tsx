import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Grid } from '@core/grid/grid';
import { templateFromGrid } from '@core/grid/saved-template';
import { newId } from '@core/model/ids';

import { uiActions } from '../../state/ui-store';
import { putLibraryItem } from '../../store/library';
import { reportError } from '../engagements/actions';
import { TEMPLATE_KIND } from './library-data';

/** Saves the grid's criteria and weights, never its scores, in the shared library. */
export function TemplateForm({ grid }: { grid: Grid }) {
  const { t } = useTranslation();
  const [name, setName] = useState(grid.name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const template = templateFromGrid(grid, newId<'TemplateId'>(), name, new Date().toISOString());
    putLibraryItem(TEMPLATE_KIND, template.id, template)
      .then(() =>
        uiActions.pushNotice({
          kind: 'info',
          text: t('vendors.exchange.templateSaved', { name: template.name }),
        }),
      )
      .catch((error: unknown) => reportError(error, t));
  };

  return (
    <section className="panel">
      <h2>{t('vendors.exchange.templateTitle')}</h2>
      <p className="muted">{t('vendors.exchange.templateBody')}</p>
      <form className="pair-form" onSubmit={submit}>
        <input
          aria-label={t('vendors.exchange.templateName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="template-name"
        />
        <button type="submit" className="button" data-testid="template-save">
          {t('vendors.exchange.saveTemplate')}
        </button>
      </form>
    </section>
  );
}
