import { EngagementHome } from '../features/engagements/EngagementHome';
import { EngagementWorkspace } from '../features/engagements/EngagementWorkspace';
import { useRoute } from '../state/route';
import { Notices } from '../components/Notices';
import { TaskProgress } from '../components/TaskProgress';
import { TopBar } from './TopBar';

export function App() {
  const route = useRoute();

  return (
    <div className="app">
      <TopBar route={route} />
      {route.name === 'home' ? (
        <EngagementHome />
      ) : (
        <EngagementWorkspace engagementId={route.engagementId} area={route.area} />
      )}
      <TaskProgress />
      <Notices />
    </div>
  );
}
