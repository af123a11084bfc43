import { useTranslation } from 'react-i18next';

import { usePlatform } from '../../platform';
import { reportError } from './actions';

const MIME_BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

function toDataUrl(name: string, bytes: Uint8Array): string {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  const mime = MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:${mime};base64,${btoa(binary)}`;
}

interface Props {
  label: string;
  value: string | null;
  onChange: (logo: string | null) => void;
  /** Prefix of the test ids: `logo` gives `logo-preview` and `logo-choose`. */
  testId: string;
}

/** A logo kept inside the engagement, so that every deliverable can use it offline. */
export function LogoPicker({ label, value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const platform = usePlatform();

  const choose = async () => {
    try {
      const [file] = await platform.openFiles({
        title: label,
        filters: [{ name: 'Images', extensions: ['png', 'jpg', 'jpeg', 'svg'] }],
        multiple: false,
      });
      if (file) onChange(toDataUrl(file.name, file.bytes));
    } catch (error) {
      reportError(error, t);
    }
  };

  return (
    <div className="logo-picker">
      <span>{label}</span>
      {value ? (
        <img src={value} alt={label} data-testid={`${testId}-preview`} />
      ) : (
        <span className="muted small">{t('settings.noLogo')}</span>
      )}
      <button type="button" onClick={() => void choose()} data-testid={`${testId}-choose`}>
        {t('settings.chooseLogo')}
      </button>
      {value && (
        <button type="button" onClick={() => onChange(null)}>
          {t('settings.removeLogo')}
        </button>
      )}
    </div>
  );
}
