import { createRoot } from 'react-dom/client';
import { createOfficePaneHost } from '../office/paneHost';
import { App } from './App';
import { PaneController } from './controller';

// Render only once Office is ready, as Office requires; the pane then owns its own refresh.
Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) return;
  const host = createOfficePaneHost();
  const controller = new PaneController(host);
  createRoot(container).render(<App controller={controller} host={host} />);
  void controller.start();
  host.onItemChanged(() => void controller.start());
});
