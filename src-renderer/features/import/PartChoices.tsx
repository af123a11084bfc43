import { useTranslation } from 'react-i18next';

import type { PartOptions, PartPreview } from '../../tasks/import-types';

interface Props {
  part: PartPreview;
  current: PartOptions;
  busy: boolean;
  onReparse: (options: PartOptions) => void;
}

/** Another sheet of the workbook; its header differs, so the earlier mapping is not kept. */
export function SheetChoice({ part, current, busy, onReparse }: Props) {
  const { t } = useTranslation();
  if (part.sheetNames.length < 2) {
    return part.sheetName ? (
      <span>
        <span className="muted">{t('import.sheet')}</span> <strong>{part.sheetName}</strong>
      </span>
    ) : null;
  }

  return (
    <label className="import-field">
      {t('import.sheet')}
      <select
        value={part.sheetName ?? ''}
        disabled={busy}
        onChange={(e) => onReparse({ encoding: current.encoding, sheet: e.target.value })}
        data-testid="import-sheet"
      >
        {part.sheetNames.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

// Some reports (Telus' daytime, evening and weekend charges) never say which month they bill:
// the consultant knows it, and every row is read again with it.
export function BilledMonth({ part, current, busy, onReparse }: Props) {
  const { t } = useTranslation();
  const lacksMonth = part.errors.some((error) => error.code === 'import-period-invalid');
  if (part.dataset !== 'invoices' || (!lacksMonth && part.period === null)) return null;

  return (
    <label className="import-field" title={t('import.billedMonthHelp')}>
      {t('import.billedMonth')}
      <input
        type="month"
        value={part.period ?? ''}
        disabled={busy}
        onChange={(e) => {
          if (/^\d{4}-\d{2}$/.test(e.target.value))
            onReparse({ ...current, period: e.target.value });
        }}
        data-testid="import-billed-month"
      />
    </label>
  );
}
