import { createRoot } from 'react-dom/client';
import { createOfficePaneHost } from '../office/paneHost';
import { App } from './App';
import { loadAnalysis, PaneController, type Analysis } from './controller';

// The analysis engine is the largest part of the pane: start fetching it before Office is ready,
// so it downloads while Office.js and React start up.
const engine: Promise<Analysis> = loadAnalysis();
engine.catch(() => undefined); // the controller reports a failure, and retries

// Render only once Office is ready, as Office requires; the pane then owns its own refresh.
Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) return;
  const host = createOfficePaneHost();
  let first = true;
  const controller = new PaneController(host, undefined, () => {
    // The first load is the one already under way; a retry starts a new one.
    if (first) {
      first = false;
      return engine;
    }
    return loadAnalysis();
  });
  createRoot(container).render(<App controller={controller} host={host} />);
  void controller.start();
  host.onItemChanged(() => void controller.start());
});
