/**
 * The Office.js side of the send check (Smart Alerts, OnMessageSend). It reads the draft, the
 * user's settings and the findings ignored in the pane, asks decideSend() what to do and calls
 * event.completed() exactly once.
 *
 * It fails open: any exception, Office error, missing API or more than SEND_CHECK_TIMEOUT_MS
 * of work ends in { allowEvent: true }, so a fault in the add-in never holds up the user's mail.
 *
 * Runs in classic Outlook's JavaScript-only runtime: no DOM, no window, no localStorage.
 */
import type { AnalyzeOptions } from '../core';
import type { Finding } from '../core/types';
import { decideSend } from '../commands/decide';
import type { SendCompletion, SendFeatures } from '../commands/decide';
import {
  IGNORED_FINDINGS_SESSION_KEY,
  PANE_FINDINGS_SESSION_KEY,
  THREAD_CONTEXT_SESSION_KEY,
  paneFindingsToMerge,
  parsePaneFindings,
  parseThreadContext,
  SETTINGS_STORAGE_KEY,
  parseIgnoredKeys,
  readStoredSettings,
} from './sendStorage';
import type { StoredFinding } from './sendStorage';
import type { ReplyCoachSettings } from '../core/settings';
import type { ThreadContext } from '../core/thread';

/** Outlook warns the user after about 5 s; finish well before that. */
export const SEND_CHECK_TIMEOUT_MS = 3000;

/** The engine's analyze(), or a stand-in: only the findings and the analysed range are read. */
export type Analyzer = (
  text: string,
  options?: AnalyzeOptions,
) => { findings: readonly Finding[]; analyzedRange?: { start: number; end: number } };

/** What the handler needs from the event Outlook passes in. */
export interface SendEvent {
  completed(options?: SendCompletion): void;
}

/** The shape of an Office async result, as far as the send path reads it. */
interface AsyncResultLike<T> {
  status: string;
  value: T;
}

type AsyncCallback<T> = (result: AsyncResultLike<T>) => void;

interface BodyLike {
  getAsync(coercionType: string, callback: AsyncCallback<string>): void;
}

interface SessionDataLike {
  getAsync(name: string, callback: AsyncCallback<string>): void;
}

interface ComposeItemLike {
  body?: BodyLike;
  sessionData?: SessionDataLike;
}

/** The parts of the Office namespace the send path touches; every one may be missing. */
export interface OfficeLike {
  context?: {
    mailbox?: { item?: ComposeItemLike | null };
    roamingSettings?: { get(name: string): unknown };
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  CoercionType?: { Text?: string };
  AsyncResultStatus?: { Succeeded?: string };
  MailboxEnums?: { SendModeOverride?: { PromptUser?: string } };
}

export interface SendHandlerOptions {
  analyze: Analyzer;
  /**
   * Set when `analyze` carries only these rules (classic Outlook's send core): the findings of every
   * other rule, thread-aware ones included, then come from the pane's stored analysis of the draft.
   */
  partialRuleIds?: readonly string[];
  /** Returns the Office namespace; defaults to the global `Office`. */
  getOffice?: () => OfficeLike | undefined;
  timeoutMs?: number;
  /** Clock in milliseconds; defaults to Date.now. */
  now?: () => number;
}

function globalOffice(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
}

function succeeded(office: OfficeLike, result: AsyncResultLike<unknown> | undefined): boolean {
  const expected = (office.AsyncResultStatus && office.AsyncResultStatus.Succeeded) || 'succeeded';
  return !!result && result.status === expected;
}

/** Feature checks; a missing requirements API means the client supports nothing optional. */
export function readSendFeatures(office: OfficeLike): SendFeatures {
  const requirements = office.context && office.context.requirements;
  const supports = (version: string): boolean => {
    try {
      return (
        !!requirements &&
        typeof requirements.isSetSupported === 'function' &&
        requirements.isSetSupported('Mailbox', version) === true
      );
    } catch {
      return false;
    }
  };
  return { takeAction: supports('1.14'), markdown: supports('1.15') };
}

/** The user's settings; missing or corrupt storage gives the defaults (the check stays on). */
export function readSendSettings(office: OfficeLike): ReplyCoachSettings {
  let raw: unknown;
  try {
    const roaming = office.context && office.context.roamingSettings;
    raw = roaming && typeof roaming.get === 'function' ? roaming.get(SETTINGS_STORAGE_KEY) : undefined;
  } catch {
    raw = undefined;
  }
  return readStoredSettings(raw);
}

/**
 * Builds the function registered with Office.actions.associate. Each call handles one send.
 */
export function createSendHandler(options: SendHandlerOptions): (event: SendEvent) => void {
  const getOffice = options.getOffice || globalOffice;
  const timeoutMs = options.timeoutMs === undefined ? SEND_CHECK_TIMEOUT_MS : options.timeoutMs;
  const now = options.now || (() => Date.now());

  return function onMessageSend(event: SendEvent): void {
    const startedAt = now();
    let finished = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const finish = (completion: SendCompletion): void => {
      if (finished) return;
      finished = true;
      if (timer !== undefined && typeof clearTimeout === 'function') clearTimeout(timer);
      try {
        event.completed(completion);
      } catch {
        // Nothing else can be done: Outlook's own timeout lets the user send anyway.
      }
    };
    const allow = (): void => finish({ allowEvent: true });
    /** Wraps an Office callback so a throw inside it still ends the event. */
    const guarded =
      <A extends unknown[]>(body: (...args: A) => void) =>
      (...args: A): void => {
        if (finished) return;
        try {
          body(...args);
        } catch {
          allow();
        }
      };

    try {
      if (typeof setTimeout === 'function') timer = setTimeout(allow, timeoutMs);

      const office = getOffice();
      const mailbox = office && office.context && office.context.mailbox;
      const item = mailbox && mailbox.item;
      if (!office || !item || !item.body || typeof item.body.getAsync !== 'function') return allow();

      const settings = readSendSettings(office);
      if (settings.sendCheck === 'off') return allow();

      const partial = options.partialRuleIds;
      let bodyText: string | undefined;
      let ignoredKeys: string[] | undefined;
      // The full engine reads the thread the pane stored; a partial one, the pane's findings.
      let thread: ThreadContext | null | undefined;
      let paneFindings: StoredFinding[] | undefined;
      const decideWhenReady = (): void => {
        if (finished || bodyText === undefined || ignoredKeys === undefined) return;
        if (partial ? paneFindings === undefined : thread === undefined) return;
        const result = options.analyze(bodyText, { settings, thread });
        let findings = result.findings;
        if (partial && paneFindings && paneFindings.length) {
          const range = result.analyzedRange || { start: 0, end: bodyText.length };
          findings = findings.concat(paneFindingsToMerge(paneFindings, bodyText, range, partial));
        }
        // A slow analysis ran synchronously past the deadline: the timer could not fire, so honour it here.
        if (now() - startedAt > timeoutMs) return allow();
        const completion = decideSend({
          findings,
          sendCheck: settings.sendCheck,
          rules: settings.rules,
          ignoredKeys,
          features: readSendFeatures(office),
        });
        if (completion.sendModeOverride !== undefined) {
          const sendModes = office.MailboxEnums && office.MailboxEnums.SendModeOverride;
          completion.sendModeOverride = (sendModes && sendModes.PromptUser) || completion.sendModeOverride;
        }
        finish(completion);
      };

      const textCoercion = (office.CoercionType && office.CoercionType.Text) || 'text';
      item.body.getAsync(
        textCoercion,
        guarded((result: AsyncResultLike<string>) => {
          if (!succeeded(office, result) || typeof result.value !== 'string') return allow();
          bodyText = result.value;
          decideWhenReady();
        }),
      );

      // What the pane stored (ignored findings, the thread, its findings) is a convenience: when it
      // can't be read the check still runs, without it.
      const sessionData = item.sessionData;
      /** Reads one sessionData value; a failure or a missing API gives `undefined` to `use`. */
      const readSession = (key: string, use: (raw: unknown) => void): void => {
        let done = false;
        const once = (raw: unknown): void => {
          if (done) return;
          done = true;
          use(raw);
          decideWhenReady();
        };
        if (!sessionData || typeof sessionData.getAsync !== 'function') return once(undefined);
        try {
          sessionData.getAsync(
            key,
            guarded((result: AsyncResultLike<string>) => once(succeeded(office, result) ? result.value : undefined)),
          );
        } catch {
          once(undefined);
        }
      };
      readSession(IGNORED_FINDINGS_SESSION_KEY, (raw) => (ignoredKeys = parseIgnoredKeys(raw)));
      if (partial) readSession(PANE_FINDINGS_SESSION_KEY, (raw) => (paneFindings = parsePaneFindings(raw)));
      else readSession(THREAD_CONTEXT_SESSION_KEY, (raw) => (thread = parseThreadContext(raw)));
    } catch {
      allow();
    }
  };
}
