// The task pane's only door to Office.js. Everything above this file takes plain data.
import type { ThreadMessage } from '../thread/types';

/** What the pane knows about the open item and the user. */
export interface ItemContext {
  mode: 'compose' | 'read';
  userAddress: string;
  userName: string;
  /** Office's zone name: a Windows name on desktop ("Pacific Standard Time"), IANA elsewhere. */
  userTimeZone: string | null;
  conversationId: string | null;
  /** Outlook's display language (BCP 47), which decides how quoted header dates are written. */
  displayLanguage: string | null;
  /** Read mode only: when the open message arrived and who sent it. */
  received: { at: string | null; from: { name: string | null; address: string | null } } | null;
}

export interface DraftBody {
  /** The body as stored: HTML when the draft is HTML, otherwise plain text. */
  content: string;
  isHtml: boolean;
}

/** A failed Office call, with the message the pane can show as is. */
export class OfficeCallError extends Error {
  constructor(
    readonly operation: string,
    detail: string,
  ) {
    super(`${operation} failed: ${detail}`);
    this.name = 'OfficeCallError';
  }
}

export interface PaneHost {
  /** null when no mail item is open (e.g. a pinned pane between items). */
  getItem(): ItemContext | null;
  readBody(): Promise<DraftBody>;
  writeBody(body: DraftBody): Promise<void>;
  /** Select a passage of the draft, where the platform allows. Returns false when it can't. */
  selectText?(passage: string): Promise<boolean>;
  loadSetting(key: string): string | null;
  saveSetting(key: string, value: string): Promise<void>;
  /** Per-draft storage shared with the send check (item.sessionData). */
  getSessionValue(key: string): Promise<string | null>;
  setSessionValue(key: string, value: string): Promise<void>;
  /** The JSON the send dialog's "Take action" passed to the pane, if it opened us. */
  getInitializationContext(): Promise<string | null>;
  /** Send the draft now (Mailbox 1.13 sendAsync); undefined when unsupported. */
  sendNow?: () => Promise<void>;
  onItemChanged(listener: () => void): () => void;
  /** The conversation's messages from Microsoft Graph; null on any failure. */
  fetchThread?: (conversationId: string, clientId: string) => Promise<ThreadMessage[] | null>;
  /** Office theme, when the host reports one. */
  theme(): 'light' | 'dark' | 'contrast' | null;
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** Turn an Office callback API into a promise that rejects with a readable error. */
function call<T>(operation: string, invoke: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new OfficeCallError(operation, result.error ? result.error.message : 'unknown error'));
      });
    } catch (error) {
      reject(new OfficeCallError(operation, error instanceof Error ? error.message : String(error)));
    }
  });
}

function isSetSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}

export function createOfficePaneHost(): PaneHost {
  const mailbox = () => Office.context.mailbox;
  const item = () => mailbox().item as (Office.MessageCompose & Office.MessageRead) | null | undefined;
  const isCompose = (it: Office.MessageCompose | Office.MessageRead): boolean =>
    typeof (it as Office.MessageCompose).body.setAsync === 'function' &&
    typeof (it as Office.MessageRead).dateTimeCreated === 'undefined';

  const host: PaneHost = {
    getItem() {
      const it = item();
      if (!it) return null;
      const profile = mailbox().userProfile;
      const compose = isCompose(it);
      const from = compose ? null : (it as Office.MessageRead).from;
      const created = compose ? null : (it as Office.MessageRead).dateTimeCreated;
      return {
        mode: compose ? 'compose' : 'read',
        userAddress: profile.emailAddress,
        userName: profile.displayName,
        userTimeZone: profile.timeZone || null,
        conversationId: it.conversationId || null,
        displayLanguage: Office.context.displayLanguage || null,
        received: compose
          ? null
          : {
              at: created ? new Date(created).toISOString() : null,
              from: { name: from ? from.displayName : null, address: from ? from.emailAddress : null },
            },
      };
    },

    async readBody() {
      const it = item();
      if (!it) throw new OfficeCallError('Reading the draft', 'no item is open');
      let isHtml = true;
      if (isCompose(it)) {
        const type = await call<Office.CoercionType>('Reading the draft format', (cb) => it.body.getTypeAsync(cb));
        isHtml = type === Office.CoercionType.Html;
      }
      const coercion = isHtml ? Office.CoercionType.Html : Office.CoercionType.Text;
      const content = await call<string>('Reading the draft', (cb) => it.body.getAsync(coercion, cb));
      return { content, isHtml };
    },

    async writeBody(body) {
      const it = item();
      if (!it) throw new OfficeCallError('Changing the draft', 'no item is open');
      const coercionType = body.isHtml ? Office.CoercionType.Html : Office.CoercionType.Text;
      await call<void>('Changing the draft', (cb) => it.body.setAsync(body.content, { coercionType }, cb));
    },

    loadSetting(key) {
      const value: unknown = Office.context.roamingSettings.get(key);
      return typeof value === 'string' ? value : null;
    },

    async saveSetting(key, value) {
      Office.context.roamingSettings.set(key, value);
      await call<void>('Saving settings', (cb) => Office.context.roamingSettings.saveAsync(cb));
    },

    async getSessionValue(key) {
      const it = item();
      if (!it || !it.sessionData || !isSetSupported('1.11')) return null;
      try {
        return await call<string>('Reading draft data', (cb) => it.sessionData.getAsync(key, cb));
      } catch {
        return null; // a missing key is reported as an error
      }
    },

    async setSessionValue(key, value) {
      const it = item();
      if (!it || !it.sessionData || !isSetSupported('1.11')) return;
      await call<void>('Saving draft data', (cb) => it.sessionData.setAsync(key, value, cb));
    },

    async getInitializationContext() {
      const it = item();
      if (!it || typeof it.getInitializationContextAsync !== 'function' || !isSetSupported('1.14')) return null;
      try {
        const value = await call<string>('Reading the send dialog context', (cb) =>
          it.getInitializationContextAsync(cb),
        );
        return value || null;
      } catch {
        return null;
      }
    },

    onItemChanged(listener) {
      const handler = () => listener();
      try {
        mailbox().addHandlerAsync(Office.EventType.ItemChanged, handler);
      } catch {
        return () => undefined;
      }
      return () => {
        try {
          mailbox().removeHandlerAsync(Office.EventType.ItemChanged);
        } catch {
          // The pane is closing; nothing to clean.
        }
      };
    },

    async fetchThread(conversationId, clientId) {
      // Loaded on first use: most users never configure Graph.
      const { fetchThreadFromGraph } = await import(/* webpackChunkName: "graph" */ './graph');
      return fetchThreadFromGraph(conversationId, { graphClientId: clientId });
    },

    theme() {
      const theme = Office.context.officeTheme;
      if (!theme || !theme.bodyBackgroundColor) return null;
      return relativeLuminance(theme.bodyBackgroundColor) < 0.35 ? 'dark' : 'light';
    },
  };

  const it = item();
  if (it && isCompose(it) && typeof it.sendAsync === 'function' && isSetSupported('1.13')) {
    host.sendNow = async () => {
      const current = item();
      if (!current) throw new OfficeCallError('Sending', 'no item is open');
      await call<void>('Sending', (cb) => current.sendAsync(cb));
    };
  }
  return host;
}

function relativeLuminance(hex: string): number {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return 1;
  const n = parseInt(match[1], 16);
  const channels = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255);
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}
