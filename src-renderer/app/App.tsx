import { EngagementHome } from '../features/engagements/EngagementHome';
import { EngagementWorkspace } from '../features/engagements/EngagementWorkspace';
import { AppLock } from '../features/protect/AppLock';
import { useRoute } from '../state/route';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Notices } from '../components/Notices';
import { ScreenError } from '../components/ScreenError';
import { TaskProgress } from '../components/TaskProgress';
import { TopBar } from './TopBar';

export function App() {
  const route = useRoute();

  return (
    <AppLock>
      <div className="app">
        <TopBar route={route} />
        <ErrorBoundary
          key={route.name === 'home' ? 'home' : `${route.engagementId}/${route.area}`}
          fallback={(error, retry) => <ScreenError error={error} retry={retry} />}
        >
          {route.name === 'home' ? (
            <EngagementHome />
          ) : (
            <EngagementWorkspace engagementId={route.engagementId} area={route.area} />
          )}
        </ErrorBoundary>
        <TaskProgress />
        <Notices />
      </div>
    </AppLock>
  );
}
