import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Pilot } from '@core/method/pilot';

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

  const add = () => {
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
            {pilot.participants.map((participant) => (
              <tr key={participant.id} data-testid="pilot-participant">
                <td>{participant.name}</td>
                <td>{participant.department || '—'}</td>
                <td className="right">
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
            ))}
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
      </form>
    </section>
  );
}
