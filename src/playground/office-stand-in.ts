// Runs inside the playground's pane iframe, after Office.js from the npm package has loaded
// and before the task pane bundle: points Office.context at the page's simulated mailbox.
import type { PlaygroundBridge } from './host';

type Writable = Record<string, unknown>;

const bridge = (window.parent as Window & { __replyCoachPlayground?: PlaygroundBridge }).__replyCoachPlayground;
const office = ((window as unknown as { Office?: Writable }).Office || {}) as Writable;
(window as unknown as { Office: Writable }).Office = office;

// Enumerations the add-in reads; Office.js defines most, Outlook's script the mailbox ones.
office.AsyncResultStatus = office.AsyncResultStatus || { Succeeded: 'succeeded', Failed: 'failed' };
office.CoercionType = { ...(office.CoercionType as Writable), Html: 'html', Text: 'text' };
office.EventType = { ...(office.EventType as Writable), ItemChanged: 'olkItemSelectedChanged' };
office.HostType = office.HostType || { Outlook: 'Outlook' };
office.MailboxEnums = office.MailboxEnums || { ItemType: { Message: 'message' } };

const dark = bridge && bridge.theme === 'dark';
const context = {
  mailbox: bridge ? bridge.mailbox : null,
  roamingSettings: bridge ? bridge.mailbox.roamingSettings : null,
  officeTheme: dark
    ? {
        bodyBackgroundColor: '#1f1f1f',
        bodyForegroundColor: '#ffffff',
        controlBackgroundColor: '#292929',
        controlForegroundColor: '#ffffff',
      }
    : {
        bodyBackgroundColor: '#ffffff',
        bodyForegroundColor: '#242424',
        controlBackgroundColor: '#ffffff',
        controlForegroundColor: '#242424',
      },
  requirements: {
    isSetSupported: (name: string, version?: string) => name === 'Mailbox' && Number(version || '1.1') <= 1.15,
  },
  diagnostics: { hostName: 'Outlook', hostVersion: 'playground', platform: 'PC' },
  displayLanguage: 'en-US',
};
Object.defineProperty(office, 'context', { value: context, configurable: true, writable: true });

const info = { host: 'Outlook', platform: 'PC' };
office.onReady = (callback?: (i: typeof info) => void) => {
  const ready = Promise.resolve(info);
  if (callback) void ready.then(callback);
  return ready;
};
