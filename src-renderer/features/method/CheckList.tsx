import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { addItem, renameItem, titleProblem } from '@core/method/edits';
import type { CheckItem, TitleProblem } from '@core/method/edits';

import { asLanguage, itemTitle } from './labels';

interface Props {
  items: CheckItem[];
  onChange: (items: CheckItem[]) => void;
  /** Prefix of the test ids: `gate` gives `gate-criterion`, `gate-rename`... */
  testId: string;
}

/** Criteria to tick, rename and add to, as the gates and the pilot's exit share them. */
export function CheckList({ items, onChange, testId }: Props) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const shown = (item: CheckItem) => itemTitle(item, language);
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <>
      <ul className="method-checks">
        {items.map((item) =>
          item.id === editing ? (
            <li key={item.id}>
              <TitleForm
                initial={shown(item)}
                check={(title) => titleProblem(title, items, shown, item.id)}
                submitLabel={t('method.edit.save')}
                testId={`${testId}-rename`}
                onCancel={() => setEditing(null)}
                onSubmit={(title) => {
                  setEditing(null);
                  onChange(renameItem(items, item.id, title));
                }}
              />
            </li>
          ) : (
            <li key={item.id} className="method-check">
              <label>
                <input
                  type="checkbox"
                  checked={item.met}
                  onChange={(event) =>
                    onChange(
                      items.map((c) =>
                        c.id === item.id ? { ...c, met: event.target.checked } : c,
                      ),
                    )
                  }
                  data-testid={`${testId}-criterion`}
                />
                {shown(item)}
              </label>
              <button
                type="button"
                className="method-link"
                onClick={() => setEditing(item.id)}
                data-testid={`${testId}-rename-start`}
              >
                {t('method.edit.rename')}
              </button>
            </li>
          ),
        )}
      </ul>
      <TitleForm
        initial=""
        check={(title) => titleProblem(title, items, shown)}
        submitLabel={t('method.edit.addCriterion')}
        placeholder={t('method.edit.newCriterion')}
        testId={`${testId}-new`}
        onSubmit={(title) => onChange(addItem(items, crypto.randomUUID(), title))}
      />
    </>
  );
}

interface FormProps {
  initial: string;
  check: (title: string) => TitleProblem | null;
  submitLabel: string;
  placeholder?: string;
  testId: string;
  onSubmit: (title: string) => void;
  onCancel?: () => void;
}

function TitleForm({ initial, check, submitLabel, placeholder, testId, ...on }: FormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial);
  const [problem, setProblem] = useState<TitleProblem | null>(null);

  const submit = () => {
    const found = check(title);
    setProblem(found);
    if (found) return;

    on.onSubmit(title);
    setTitle('');
  };

  return (
    <form
      className="method-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <input
        className="method-why"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        placeholder={placeholder}
        aria-label={placeholder ?? submitLabel}
        aria-invalid={problem !== null}
        data-testid={testId}
      />
      <button type="submit" className="button" data-testid={`${testId}-submit`}>
        {submitLabel}
      </button>
      {on.onCancel && (
        <button type="button" onClick={on.onCancel}>
          {t('method.cancel')}
        </button>
      )}
      {problem && (
        <span className="method-warning" role="alert" data-testid={`${testId}-problem`}>
          {t(`method.edit.${problem}`)}
        </span>
      )}
    </form>
  );
}
