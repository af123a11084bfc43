import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '../components/LanguageSwitch';
import { routeHref } from '../state/route';
import type { Route } from '../state/route';

export function TopBar({ route }: { route: Route }) {
  const { t } = useTranslation();

  return (
    <header className="top-bar">
      <a className="brand" href={routeHref({ name: 'home' })} data-testid="nav-home">
        <img src="./icon.svg" alt="" width={28} height={28} />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </a>
      {route.name === 'engagement' && (
        <a className="top-link" href={routeHref({ name: 'home' })}>
          {t('nav.home')}
        </a>
      )}
      <LanguageSwitch />
    </header>
  );
}
