// A stand-in for the part of Office.context.mailbox the add-in uses, so the real task pane
// runs in a plain browser page. The draft lives in a DraftSurface (the playground's editor).

export interface DraftSurface {
  getHtml(): string;
  setHtml(html: string): void;
  getText(): string;
  setText(text: string): void;
  isHtml(): boolean;
  getSelection(): string;
  replaceSelection(text: string): void;
}

export interface SimulatedItem {
  mode: 'compose' | 'read';
  conversationId: string;
  subject: string;
  /** Read mode: the received message. */
  from?: { displayName: string; emailAddress: string };
  dateTimeCreated?: Date;
  /** Set when the pane was opened from the send dialog's "Take action". */
  initializationContext?: string;
}

export interface SimulatedUser {
  displayName: string;
  emailAddress: string;
  /** A Windows zone name, as Outlook on Windows reports it. */
  timeZone: string;
}

interface AsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}
type Callback<T> = (result: AsyncResult<T>) => void;

/** Key-value storage for roaming settings (localStorage in the page, a Map in tests). */
export interface SettingsStorage {
  load(): Record<string, unknown>;
  save(values: Record<string, unknown>): void;
}

const ok = <T>(value: T): AsyncResult<T> => ({ status: 'succeeded', value });
const fail = (message: string): AsyncResult<never> => ({
  status: 'failed',
  value: undefined as never,
  error: { name: 'GenericResponseError', message, code: 9020 },
});

/** Office calls answer asynchronously; so does the stand-in. */
function later<T>(callback: Callback<T> | undefined, result: AsyncResult<T>): void {
  if (typeof callback === 'function') setTimeout(() => callback(result), 0);
}

function lastCallback<T>(args: unknown[]): Callback<T> | undefined {
  const fn = args[args.length - 1];
  return typeof fn === 'function' ? (fn as Callback<T>) : undefined;
}

export class SimulatedMailbox {
  private itemChangedHandlers: Array<() => void> = [];
  private sessionData = new Map<string, string>();
  private settings: Record<string, unknown>;
  /** Makes the next body reads fail, to try the pane's error state. */
  failBodyReads = false;
  item: Record<string, unknown> | null = null;
  readonly userProfile: SimulatedUser & { accountType: string };

  constructor(
    private readonly surface: DraftSurface,
    user: SimulatedUser,
    private readonly storage: SettingsStorage,
    private current: SimulatedItem,
  ) {
    this.userProfile = { ...user, accountType: 'enterprise' };
    this.settings = storage.load();
    this.item = this.buildItem();
  }

  /** Switch to another item, as Outlook does when the user opens another message. */
  switchItem(next: SimulatedItem): void {
    this.current = next;
    this.sessionData = new Map();
    this.item = this.buildItem();
    this.itemChangedHandlers.forEach((h) => setTimeout(h, 0));
  }

  readonly roamingSettings = {
    get: (name: string): unknown => this.settings[name],
    set: (name: string, value: unknown): void => {
      this.settings[name] = value;
    },
    remove: (name: string): void => {
      delete this.settings[name];
    },
    saveAsync: (...args: unknown[]): void => {
      try {
        this.storage.save(this.settings);
        later(lastCallback<void>(args), ok(undefined));
      } catch (error) {
        later(lastCallback<void>(args), fail(error instanceof Error ? error.message : 'could not save'));
      }
    },
  };

  addHandlerAsync(eventType: string, handler: () => void, ...rest: unknown[]): void {
    if (eventType === 'olkItemSelectedChanged') this.itemChangedHandlers.push(handler);
    later(lastCallback<void>(rest), ok(undefined));
  }

  removeHandlerAsync(eventType: string, ...rest: unknown[]): void {
    if (eventType === 'olkItemSelectedChanged') this.itemChangedHandlers = [];
    later(lastCallback<void>(rest), ok(undefined));
  }

  private buildItem(): Record<string, unknown> {
    const surface = this.surface;
    const current = this.current;
    const body = {
      getAsync: (coercionType: string, ...rest: unknown[]) => {
        const cb = lastCallback<string>(rest);
        if (this.failBodyReads) return later(cb, fail('The mailbox did not answer (simulated failure).'));
        later(cb, ok(coercionType === 'html' ? surface.getHtml() : surface.getText()));
      },
      getTypeAsync: (...args: unknown[]) => later(lastCallback<string>(args), ok(surface.isHtml() ? 'html' : 'text')),
      setAsync: (data: string, ...rest: unknown[]) => {
        const options = (typeof rest[0] === 'object' && rest[0]) || {};
        const type = (options as { coercionType?: string }).coercionType;
        if (type === 'html') surface.setHtml(data);
        else surface.setText(data);
        later(lastCallback<void>(rest), ok(undefined));
      },
    };
    const common = {
      itemType: 'message',
      conversationId: current.conversationId,
      subject: current.subject,
      body,
    };
    if (current.mode === 'read') {
      return {
        ...common,
        // A received message can be read but not edited.
        body: { getAsync: body.getAsync },
        from: current.from,
        sender: current.from,
        dateTimeCreated: current.dateTimeCreated,
        to: [{ displayName: this.userProfile.displayName, emailAddress: this.userProfile.emailAddress }],
      };
    }
    return {
      ...common,
      body: {
        ...body,
        // Compose only: present so the pane can tell compose from read, like Office's MessageCompose.
        setSelectedDataAsync: (data: string, ...rest: unknown[]) => {
          surface.replaceSelection(data);
          later(lastCallback<void>(rest), ok(undefined));
        },
      },
      getSelectedDataAsync: (_coercion: string, ...rest: unknown[]) =>
        later(lastCallback<{ data: string }>(rest), ok({ data: surface.getSelection() })),
      getComposeTypeAsync: (...args: unknown[]) =>
        later(
          lastCallback<{ composeType: string; coercionType: string }>(args),
          ok({ composeType: 'reply', coercionType: 'html' }),
        ),
      getInitializationContextAsync: (...args: unknown[]) => {
        const cb = lastCallback<string>(args);
        if (current.initializationContext) later(cb, ok(current.initializationContext));
        else later(cb, fail('No initialization context.'));
      },
      sessionData: {
        getAsync: (key: string, ...rest: unknown[]) => {
          const cb = lastCallback<string>(rest);
          const value = this.sessionData.get(key);
          if (value === undefined) later(cb, fail(`No session data for ${key}.`));
          else later(cb, ok(value));
        },
        setAsync: (key: string, value: string, ...rest: unknown[]) => {
          this.sessionData.set(key, value);
          later(lastCallback<void>(rest), ok(undefined));
        },
        getAllAsync: (...args: unknown[]) => {
          const all: Record<string, string> = {};
          this.sessionData.forEach((v, k) => (all[k] = v));
          later(lastCallback<Record<string, string>>(args), ok(all));
        },
        removeAsync: (key: string, ...rest: unknown[]) => {
          this.sessionData.delete(key);
          later(lastCallback<void>(rest), ok(undefined));
        },
        clearAsync: (...args: unknown[]) => {
          this.sessionData.clear();
          later(lastCallback<void>(args), ok(undefined));
        },
      },
      sendAsync: (...args: unknown[]) => {
        surface.setText('');
        later(lastCallback<void>(args), ok(undefined));
      },
    };
  }
}
