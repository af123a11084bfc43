import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { addEvaluator, addVendor, removeEvaluator, removeVendor } from '@core/grid/edit';
import type { Grid } from '@core/grid/grid';
import type { EvaluatorId, VendorId } from '@core/grid/ids';
import { customVendor } from '@core/grid/template';
import { newId } from '@core/model/ids';

import { ConfirmDialog } from '../../components/ConfirmDialog';

interface Props {
  grid: Grid;
  save: (grid: Grid) => void;
}

type Pending =
  | { kind: 'vendor'; id: VendorId; name: string }
  | {
      kind: 'evaluator';
      id: EvaluatorId;
      name: string;
    };

/** The shortlist of vendors and the panel of evaluators, each with add and remove. */
export function ParticipantsPanel({ grid, save }: Props) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const isVendor = pending?.kind === 'vendor';

  const confirm = () => {
    if (!pending) return;
    save(
      pending.kind === 'vendor'
        ? removeVendor(grid, pending.id)
        : removeEvaluator(grid, pending.id),
    );
    setPending(null);
  };

  return (
    <div className="participants">
      <section className="panel">
        <h2>{t('vendors.participants.vendors')}</h2>
        <ul className="participant-list" data-testid="vendor-list">
          {grid.vendors.map((vendor) => (
            <li key={vendor.id}>
              <strong>{vendor.name}</strong> <span className="muted">{vendor.publisher}</span>
              <button
                type="button"
                className="button"
                onClick={() => setPending({ kind: 'vendor', id: vendor.id, name: vendor.name })}
                data-testid={`remove-vendor-${vendor.name}`}
              >
                {t('vendors.participants.remove')}
              </button>
            </li>
          ))}
        </ul>
        <PairForm
          first={t('vendors.participants.vendorName')}
          second={t('vendors.participants.publisher')}
          submit={t('vendors.participants.addVendor')}
          testId="add-vendor"
          onAdd={(name, publisher) =>
            save(addVendor(grid, customVendor(newId<'VendorId'>(), name, publisher)))
          }
        />
      </section>

      <section className="panel">
        <h2>{t('vendors.participants.evaluators')}</h2>
        {grid.evaluators.length === 0 ? (
          <p className="muted">{t('vendors.participants.noEvaluator')}</p>
        ) : null}
        <ul className="participant-list" data-testid="evaluator-list">
          {grid.evaluators.map((evaluator) => (
            <li key={evaluator.id}>
              <strong>{evaluator.name}</strong> <span className="muted">{evaluator.role}</span>
              <button
                type="button"
                className="button"
                onClick={() =>
                  setPending({ kind: 'evaluator', id: evaluator.id, name: evaluator.name })
                }
              >
                {t('vendors.participants.remove')}
              </button>
            </li>
          ))}
        </ul>
        <PairForm
          first={t('vendors.participants.evaluatorName')}
          second={t('vendors.participants.role')}
          submit={t('vendors.participants.addEvaluator')}
          testId="add-evaluator"
          onAdd={(name, role) =>
            save(addEvaluator(grid, { id: newId<'EvaluatorId'>(), name, role }))
          }
        />
      </section>

      {pending ? (
        <ConfirmDialog
          title={t(`vendors.participants.${isVendor ? 'confirmVendor' : 'confirmEvaluator'}`, {
            name: pending.name,
          })}
          body={t(
            `vendors.participants.${isVendor ? 'confirmVendorBody' : 'confirmEvaluatorBody'}`,
          )}
          confirmLabel={t('vendors.participants.remove')}
          cancelLabel={t('vendors.participants.cancel')}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </div>
  );
}

interface PairFormProps {
  first: string;
  second: string;
  submit: string;
  testId: string;
  onAdd: (first: string, second: string) => void;
}

function PairForm({ first, second, submit, testId, onAdd }: PairFormProps) {
  const [a, setA] = useState('');
  const [b, setB] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (a.trim() === '') return;
    onAdd(a.trim(), b.trim());
    setA('');
    setB('');
  };

  return (
    <form className="pair-form" onSubmit={add}>
      <input
        aria-label={first}
        placeholder={first}
        value={a}
        onChange={(e) => setA(e.target.value)}
        data-testid={`${testId}-name`}
      />
      <input
        aria-label={second}
        placeholder={second}
        value={b}
        onChange={(e) => setB(e.target.value)}
        data-testid={`${testId}-second`}
      />
      <button type="submit" className="button" data-testid={`${testId}-submit`}>
        {submit}
      </button>
    </form>
  );
}
