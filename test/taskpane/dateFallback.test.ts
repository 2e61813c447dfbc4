// A file of its own: the date reader's optional second opinion (chrono-node) must not be loaded yet.
import { PaneController } from '../../src/taskpane/controller';
import { dateFallback } from '../../src/thread/dateFallback';
import { DRAFT, FakeHost, NOW } from './fakeHost';

test('a header date only the fallback reader understands: the pane fetches it and reads the thread again', async () => {
  expect(dateFallback()).toBeNull();
  const host = new FakeHost();
  host.body = {
    content: DRAFT.replace('Wednesday, November 18, 2026 9:05 AM', 'Wednesday the 18th of November 2026 at 9:05am'),
    isHtml: true,
  };
  const controller = new PaneController(host, () => NOW);
  await controller.start();
  // Loading the chunk is asynchronous; allow for a slow, busy machine.
  for (let i = 0; i < 600 && !controller.getState().summary?.waitingSince; i++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  expect(dateFallback()).not.toBeNull();
  expect(controller.getState().summary?.waitingSince).toBe('2026-11-18T14:05:00.000Z');
  expect(controller.getState().status).toBe('ready');
}, 30000);
