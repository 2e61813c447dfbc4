// An Outlook draft in memory for pane tests: what the pane reads and writes, and where settings go.
import type { DraftBody, ItemContext, PaneHost } from '../../src/office/paneHost';

export const NOW = new Date('2026-11-20T15:00:00Z'); // Friday 10:00 in New York

export const DRAFT =
  '<div>Hi Dana,</div><div><br></div>' +
  "<div>Sorry for the slow reply, I've been <b>swamped</b> with other projects this week. The brochure is attached.</div>" +
  '<div><br></div><div>Best,</div><div>Sam</div>' +
  '<hr><div id="divRplyFwdMsg"><b>From:</b> Dana Whitfield &lt;dana@whitfieldstudio.com&gt;<br>' +
  '<b>Sent:</b> Wednesday, November 18, 2026 9:05 AM<br><b>To:</b> Sam Rivera &lt;sam@riverava.com&gt;<br>' +
  '<b>Subject:</b> Brochure</div><div>Hi Sam, can you send the brochure?</div>';

export class FakeHost implements PaneHost {
  body: DraftBody = { content: DRAFT, isHtml: true };
  settings = new Map<string, string>();
  session = new Map<string, string>();
  writes: DraftBody[] = [];
  saves = 0;
  failReads = false;
  item: ItemContext | null = {
    mode: 'compose',
    userAddress: 'sam@riverava.com',
    userName: 'Sam Rivera',
    userTimeZone: 'Eastern Standard Time',
    conversationId: 'c1',
    displayLanguage: 'en-US',
    received: null,
  };
  context: string | null = null;
  sent = 0;
  sendNow?: () => Promise<void>;
  fetchThread?: PaneHost['fetchThread'];
  themeName: ReturnType<PaneHost['theme']> = null;
  getItem = () => this.item;
  readBody = async () => {
    if (this.failReads) throw new Error('Reading the draft failed: simulated');
    return { ...this.body };
  };
  writeBody = async (body: DraftBody) => {
    this.writes.push(body);
    this.body = { ...body };
  };
  loadSetting = (key: string) => this.settings.get(key) ?? null;
  saveSetting = async (key: string, value: string) => {
    this.saves++;
    this.settings.set(key, value);
  };
  getSessionValue = async (key: string) => this.session.get(key) ?? null;
  setSessionValue = async (key: string, value: string) => {
    this.session.set(key, value);
  };
  getInitializationContext = async () => this.context;
  onItemChanged = () => () => undefined;
  theme = () => this.themeName;
}

/** The host with Dana's message open in read mode, received a day and an hour before NOW. */
export function readModeHost(): FakeHost {
  const host = new FakeHost();
  host.item = {
    ...(host.item as ItemContext),
    mode: 'read',
    received: {
      at: '2026-11-19T14:00:00.000Z',
      from: { name: 'Dana Whitfield', address: 'dana@whitfieldstudio.com' },
    },
  };
  return host;
}
