import { useTranslation } from 'react-i18next';

import { FIXED_FIRST_SECTION, getSection } from '@core/documents/pdf/registry';
import type { ReportDefinition } from '@core/documents/report-definition';

import {
  listedSections,
  moveSection,
  setSectionText,
  toggleSection,
} from '@core/documents/definition-edits';

interface Props {
  definition: ReportDefinition;
  update: (next: ReportDefinition, persist?: boolean) => void;
  save: () => void;
}

export function SectionList({ definition, update, save }: Props) {
  const { t } = useTranslation();
  const sections = listedSections(definition);

  return (
    <ol className="report-sections" data-testid="report-sections">
      {sections.map((choice, index) => {
        const section = t(`deliverables.sections.${choice.id}`, { defaultValue: choice.id });
        const fixed = choice.id === FIXED_FIRST_SECTION;
        const acceptsText = getSection(choice.id)?.acceptsText ?? false;

        return (
          <li key={choice.id} className="report-section" data-testid={`section-${choice.id}`}>
            <div className="report-section-head">
              <label>
                <input
                  type="checkbox"
                  checked={choice.enabled}
                  onChange={() => update(toggleSection(definition, choice.id))}
                  aria-label={t('deliverables.include', { section })}
                  data-testid={`section-toggle-${choice.id}`}
                />
                <span>{section}</span>
              </label>
              {fixed ? (
                <span className="muted small">{t('deliverables.alwaysFirst')}</span>
              ) : (
                <span className="report-section-moves">
                  <button
                    type="button"
                    disabled={index <= 1}
                    onClick={() => update(moveSection(definition, choice.id, -1))}
                    aria-label={t('deliverables.moveUp', { section })}
                    data-testid={`section-up-${choice.id}`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={index === sections.length - 1}
                    onClick={() => update(moveSection(definition, choice.id, 1))}
                    aria-label={t('deliverables.moveDown', { section })}
                    data-testid={`section-down-${choice.id}`}
                  >
                    ↓
                  </button>
                </span>
              )}
            </div>
            {acceptsText && choice.enabled && (
              <textarea
                rows={3}
                value={definition.texts[choice.id] ?? ''}
                onChange={(e) =>
                  update(setSectionText(definition, choice.id, e.target.value), false)
                }
                onBlur={save}
                aria-label={t('deliverables.freeText', { section })}
                placeholder={t('deliverables.freeTextHint')}
                data-testid={`section-text-${choice.id}`}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
