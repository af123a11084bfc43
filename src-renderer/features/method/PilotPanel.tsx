import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Pilot, PilotParticipant } from '@core/method/pilot';

interface Props {
  pilot: Pilot;
  departments: string[];
  onSave: (pilot: Pilot) => Promise<void>;
}

/** The panel of representative users, and the departments they cover. */
export function PilotPanel({ pilot, departments, onSave }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [department, setDepartment] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [missingName, setMissingName] = useState(false);

  const add = () => {
    setMissingName(!name.trim());
    if (!name.trim()) return;
    const participant = {
      id: crypto.randomUUID(),
      name: name.trim(),
      department: department.trim(),
    };
    void onSave({ ...pilot, participants: [...pilot.participants, participant] });
    setName('');
  };

  return (
    <section className="panel" data-testid="pilot-panel">
      <h2>{t('method.pilot.panel')}</h2>
      <p className="small" data-testid="pilot-departments">
        {t('method.pilot.departments', { count: departments.length, list: departments.join(', ') })}
      </p>
      {pilot.participants.length > 0 && (
        <table className="simple-table">
          <thead>
            <tr>
              <th>{t('method.pilot.name')}</th>
              <th>{t('method.pilot.department')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {pilot.participants.map((participant) =>
              participant.id === editing ? (
                <ParticipantEditor
                  key={participant.id}
                  participant={participant}
                  onCancel={() => setEditing(null)}
                  onSave={(changed) => {
                    setEditing(null);
                    void onSave({
                      ...pilot,
                      participants: pilot.participants.map((p) =>
                        p.id === changed.id ? changed : p,
                      ),
                    });
                  }}
                />
              ) : (
                <tr key={participant.id} data-testid="pilot-participant">
                  <td>{participant.name}</td>
                  <td>{participant.department || '—'}</td>
                  <td className="right">
                    <button
                      type="button"
                      className="method-link"
                      onClick={() => setEditing(participant.id)}
                      data-testid="participant-edit"
                    >
                      {t('method.edit.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      title={t('method.remove')}
                      onClick={() =>
                        void onSave({
                          ...pilot,
                          participants: pilot.participants.filter((p) => p.id !== participant.id),
                        })
                      }
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <form
        className="method-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('method.pilot.name')}
          aria-label={t('method.pilot.name')}
          data-testid="participant-name"
        />
        <input
          value={department}
          onChange={(e) => setDepartment(e.target.value)}
          placeholder={t('method.pilot.department')}
          aria-label={t('method.pilot.department')}
          data-testid="participant-department"
        />
        <button type="submit" className="button" data-testid="participant-add">
          {t('method.pilot.addParticipant')}
        </button>
        {missingName && (
          <span className="method-warning" role="alert">
            {t('method.edit.nameRequired')}
          </span>
        )}
      </form>
    </section>
  );
}

interface EditorProps {
  participant: PilotParticipant;
  onSave: (participant: PilotParticipant) => void;
  onCancel: () => void;
}

function ParticipantEditor({ participant, onSave, onCancel }: EditorProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(participant.name);
  const [department, setDepartment] = useState(participant.department);
  const [missingName, setMissingName] = useState(false);

  const save = () => {
    setMissingName(!name.trim());
    if (name.trim()) onSave({ ...participant, name: name.trim(), department: department.trim() });
  };

  // Enter in either field saves, as in the add form below the table.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') save();
    if (event.key === 'Escape') onCancel();
  };

  return (
    <tr data-testid="participant-editor">
      <td>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={onKeyDown}
          aria-label={t('method.pilot.name')}
          aria-invalid={missingName}
          data-testid="participant-edit-name"
        />
        {missingName && (
          <span className="method-warning" role="alert">
            {t('method.edit.nameRequired')}
          </span>
        )}
      </td>
      <td>
        <input
          value={department}
          onChange={(e) => setDepartment(e.target.value)}
          onKeyDown={onKeyDown}
          aria-label={t('method.pilot.department')}
          data-testid="participant-edit-department"
        />
      </td>
      <td className="right">
        <button type="button" className="button" onClick={save} data-testid="participant-save">
          {t('method.edit.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('method.cancel')}
        </button>
      </td>
    </tr>
  );
}
