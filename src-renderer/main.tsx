import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';

import { App } from './app/App';
import { i18n } from './i18n';
import { PlatformContext, detectPlatform } from './platform';
import { registerServiceWorker } from './platform/service-worker';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

document.documentElement.lang = i18n.language;

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <PlatformContext.Provider value={detectPlatform()}>
        <App />
      </PlatformContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);

registerServiceWorker();
