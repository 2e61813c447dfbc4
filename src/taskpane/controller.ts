// The pane's state machine: reads the draft through a PaneHost, analyses it, applies rewrites.
// No React here, so the behaviour is testable with a fake host.
import type { AnalyzeResult, RuleInfo, ThreadContext } from '../core';
import { findingKey } from '../core/findingKey';
import { parseSettings, serializeSettings, SETTINGS_KEY, type ReplyCoachSettings } from '../core/settings';
import type { Finding, Suggestion } from '../core/types';
import type { DraftText } from '../draft';
import { parseSendContextData } from '../commands/decide';
import type { DraftBody, ItemContext, PaneHost } from '../office/paneHost';
import {
  IGNORED_FINDINGS_SESSION_KEY,
  PANE_FINDINGS_SESSION_KEY,
  parseIgnoredKeys,
  serializeIgnoredKeys,
  serializePaneFindings,
  serializeThreadContext,
  THREAD_CONTEXT_SESSION_KEY,
} from '../office/sendStorage';
// Thread modules one by one, not the thread index: the index brings holiday data the pane loads on demand.
import { onDateFallbackWanted } from '../thread/dateFallback';
import { holidaysAvailable } from '../thread/holidaySource';
import { summarizeThread, type ThreadSummary } from '../thread/summary';
import type { ThreadMessage } from '../thread/types';
import { resolveTimeZone } from '../thread/zones';

/** Where the pane keeps the findings ignored in this draft; the send check skips them. */
export const IGNORED_KEY = IGNORED_FINDINGS_SESSION_KEY;

export type Analysis = typeof import('./analysis');
export type AnalysisLoader = () => Promise<Analysis>;

/** Fetches the analysis engine chunk. */
export const loadAnalysis: AnalysisLoader = () => import(/* webpackChunkName: "analysis" */ './analysis');
const UNDO_DEPTH = 20;

export type PaneStatus = 'loading' | 'ready' | 'no-item' | 'error';

export interface PaneState {
  status: PaneStatus;
  /** A failed Office call, shown with a retry button. */
  error: string | null;
  /** A passing message ("Applied", "The draft changed…"). */
  notice: { kind: 'info' | 'warning' | 'success'; text: string } | null;
  item: ItemContext | null;
  settings: ReplyCoachSettings;
  settingsNotice: string | null;
  summary: ThreadSummary | null;
  findings: Finding[];
  /** The analysed text (the draft's visible text) the findings' offsets index. */
  text: string;
  /** Keys of findings the send check stopped on, shown first when the dialog opened the pane. */
  fromSend: string[];
  language: AnalyzeResult['language'] | undefined;
  canUndo: boolean;
  canSendNow: boolean;
  /** The rules the settings screen lists; empty until the engine has loaded. */
  rules: RuleInfo[];
  lastAnalysisMs: number;
}

interface Snapshot {
  body: DraftBody;
  draft: DraftText | null;
  text: string;
  allFindings: Finding[];
}

export class PaneController {
  private state: PaneState;
  private listeners = new Set<() => void>();
  private snapshot: Snapshot | null = null;
  private ignored = new Set<string>();
  private undoStack: DraftBody[] = [];
  private busy = false;
  private engineReady: Promise<Analysis>;
  /** The conversation as Microsoft Graph knows it, when the user configured it. */
  private graphMessages: ThreadMessage[] | null = null;
  private sharedThreadJson: string | null = null;
  private sharedFindingsJson: string | null = null;

  private analysis: Analysis | null = null;
  private readonly stopDateFallback: () => void;

  constructor(
    private readonly host: PaneHost,
    private readonly now: () => Date = () => new Date(),
    private readonly loadEngine: AnalysisLoader = loadAnalysis,
  ) {
    // Start fetching the engine at once; the first read of the draft waits for it.
    this.engineReady = this.loadEngine().then((a) => this.engineLoaded(a));
    this.engineReady.catch(() => undefined);
    // A quote header in a rare date format: fetch the second-opinion date reader, then read again.
    this.stopDateFallback = onDateFallbackWanted(() => void this.loadDateFallback());
    const loaded = parseSettings(safeLoad(host));
    this.state = {
      status: 'loading',
      error: null,
      notice: null,
      item: null,
      settings: loaded.settings,
      settingsNotice: loaded.notice,
      summary: null,
      findings: [],
      text: '',
      fromSend: [],
      language: undefined,
      canUndo: false,
      canSendNow: typeof host.sendNow === 'function',
      rules: [],
      lastAnalysisMs: 0,
    };
  }

  getState = (): PaneState => this.state;

  /** Stops listening to module-wide events; for a pane that replaces its controller. */
  dispose(): void {
    this.stopDateFallback();
    this.listeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }

  /** First load, and again whenever the open item changes. */
  async start(): Promise<void> {
    this.snapshot = null;
    this.graphMessages = null;
    this.sharedThreadJson = null;
    this.sharedFindingsJson = null;
    this.undoStack = [];
    this.ignored = new Set();
    const item = this.host.getItem();
    if (!item) {
      this.set({ status: 'no-item', item: null, findings: [], summary: null, canUndo: false });
      return;
    }
    this.set({ status: 'loading', item, error: null, notice: null, canUndo: false });
    try {
      const [ignoredJson, contextJson] = await Promise.all([
        this.host.getSessionValue(IGNORED_KEY),
        this.host.getInitializationContext(),
      ]);
      this.ignored = new Set(parseIgnoredKeys(ignoredJson));
      this.set({ fromSend: parseSendContext(contextJson) });
      // A failed chunk load (say, a dropped connection) is tried again on "Try again".
      if (!this.analysis)
        this.engineReady = this.engineReady.catch(() => this.loadEngine().then((a) => (this.analysis = a)));
      await Promise.all([this.ensureHolidays(), this.engineReady]);
      await this.refresh(true);
      void this.loadExactTimes(item);
    } catch (error) {
      this.set({ status: 'error', error: messageOf(error) });
    }
  }

  /** Re-read the draft; cheap when nothing changed. Called by the poller and on focus. */
  async refresh(force = false): Promise<void> {
    const item = this.state.item;
    if (!item || this.busy) return;
    this.busy = true;
    try {
      if (item.mode === 'read') {
        this.set({ status: 'ready', summary: this.readModeSummary(item), findings: [], error: null });
        return;
      }
      const body = await this.host.readBody();
      if (!force && this.snapshot && this.snapshot.body.content === body.content) return;
      this.analyse(body, item);
    } catch (error) {
      this.set({ status: 'error', error: messageOf(error) });
    } finally {
      this.busy = false;
    }
  }

  private engineLoaded(analysis: Analysis): Analysis {
    this.analysis = analysis;
    this.set({ rules: analysis.RULE_INFO });
    return analysis;
  }

  /** Apply is only offered after an analysis, so the engine is there. */
  private requireAnalysis(): Analysis {
    if (!this.analysis) throw new Error('The analysis engine is still loading; try again in a moment.');
    return this.analysis;
  }

  /** Holiday data (~800 KB) is fetched only when the user chose a holiday region. */
  private async ensureHolidays(): Promise<void> {
    if (!this.state.settings.schedule.holidays || holidaysAvailable()) return;
    try {
      await import(/* webpackChunkName: "holidays" */ '../thread/holidays');
    } catch (error) {
      this.set({
        notice: {
          kind: 'warning',
          text: `Public holidays could not be loaded, so they are not counted: ${messageOf(error)}`,
        },
      });
    }
  }

  /** chrono-node (~25 KB) is fetched only when a header date needed it; until then that wait shows as unknown. */
  private async loadDateFallback(): Promise<void> {
    try {
      await import(/* webpackChunkName: "dates" */ '../thread/chronoDates');
    } catch {
      return; // The wait stays "unknown", which is what the pane already shows.
    }
    const item = this.state.item;
    if (this.snapshot && item && item.mode === 'compose') this.analyse(this.snapshot.body, item);
  }

  /**
   * With an Entra app configured, exact times come from Microsoft Graph; the quoted history stays
   * the answer whenever Graph fails or knows nothing of this conversation.
   */
  private async loadExactTimes(item: ItemContext): Promise<void> {
    const clientId = this.state.settings.graphClientId;
    if (!clientId || !item.conversationId || !this.host.fetchThread) return;
    const messages = await this.host.fetchThread(item.conversationId, clientId).catch(() => null);
    if (!messages || messages.length === 0 || this.state.item !== item) return;
    this.graphMessages = messages;
    if (this.snapshot) this.analyse(this.snapshot.body, item);
    else this.set({ summary: this.summarise(messages, item) });
  }

  private analyse(body: DraftBody, item: ItemContext): void {
    const a = this.analysis;
    if (!a) return;
    const started = Date.now();
    const draft = body.isHtml ? a.extractText(body.content) : null;
    const text = draft ? draft.text : body.content;
    const settings = this.state.settings;
    const dates = {
      timeZone: resolveTimeZone(this.zone(item)).zone,
      now: this.now(),
      locale: item.displayLanguage || undefined,
    };
    // HTML drafts carry the quote structure (Outlook's header div, Gmail's quote) in markup.
    const parsed = draft ? a.parseDraftHtml(body.content, dates) : a.parseDraft(text, dates);
    const summary = this.summarise(this.graphMessages || parsed.messages, item);
    // The thread tells which questions wait for an answer and whether the client waited too long.
    const thread = a.threadContextFrom(summary);
    const result = a.analyze(text, { settings, thread });
    this.shareThread(thread);
    this.shareFindings(result.findings);
    this.snapshot = { body, draft, text, allFindings: result.findings };
    this.set({
      status: 'ready',
      error: null,
      summary,
      language: result.language,
      text,
      findings: this.visible(result.findings),
      lastAnalysisMs: Date.now() - started,
    });
  }

  /** The send check can't read dates in classic Outlook: hand it the thread as the pane read it. */
  private shareThread(thread: ThreadContext): void {
    const json = serializeThreadContext(thread);
    if (json === this.sharedThreadJson) return;
    this.sharedThreadJson = json;
    this.host.setSessionValue(THREAD_CONTEXT_SESSION_KEY, json).catch(() => {
      this.sharedThreadJson = null; // try again on the next analysis
    });
  }

  /** Classic Outlook's send script carries only the send core: hand it this analysis for the other rules. */
  private shareFindings(findings: Finding[]): void {
    const json = serializePaneFindings(findings);
    if (json === this.sharedFindingsJson) return;
    this.sharedFindingsJson = json;
    this.host.setSessionValue(PANE_FINDINGS_SESSION_KEY, json).catch(() => {
      this.sharedFindingsJson = null; // try again on the next analysis
    });
  }

  private zone(item: ItemContext): string {
    return this.state.settings.schedule.timeZone || item.userTimeZone || 'UTC';
  }

  private summarise(messages: ThreadMessage[], item: ItemContext): ThreadSummary {
    return summarizeThread(messages, {
      me: item.userAddress,
      myAliases: item.userName ? [item.userName] : [],
      timeZone: this.zone(item),
      now: this.now(),
      settings: this.state.settings,
    });
  }

  private readModeSummary(item: ItemContext): ThreadSummary | null {
    if (!item.received) return null;
    const message: ThreadMessage = {
      from: item.received.from,
      to: [],
      cc: [],
      sentAt: item.received.at,
      sentAtText: item.received.at,
      subject: null,
      body: '',
    };
    return this.summarise([message], item);
  }

  private visible(findings: Finding[]): Finding[] {
    const fromSend = new Set(this.state.fromSend);
    const shown = findings.filter((f) => !this.ignored.has(findingKey(f)));
    // Findings that stopped the send come first, in draft order otherwise.
    return shown.sort((a, b) => {
      const sa = fromSend.has(findingKey(a)) ? 0 : 1;
      const sb = fromSend.has(findingKey(b)) ? 0 : 1;
      return sa - sb || a.start - b.start;
    });
  }

  /**
   * Replace exactly the finding's passage. Refuses, and re-analyses, when the draft changed
   * under the finding since it was computed.
   */
  async apply(finding: Finding, suggestion: Suggestion): Promise<boolean> {
    const snap = this.snapshot;
    if (!snap) return false;
    try {
      const current = await this.host.readBody();
      if (current.content !== snap.body.content) {
        this.set({
          notice: {
            kind: 'warning',
            text: 'The draft changed since this was checked, so nothing was replaced. Checking again…',
          },
        });
        await this.refresh(true);
        return false;
      }
      if (snap.text.slice(finding.start, finding.end) !== finding.text) {
        this.set({ notice: { kind: 'warning', text: 'That passage is no longer in the draft.' } });
        await this.refresh(true);
        return false;
      }
      let next: string;
      if (snap.draft) {
        const result = this.requireAnalysis().applyEdits(current.content, snap.draft, suggestion.edits);
        if (!result.ok) {
          this.set({ notice: { kind: 'warning', text: `Could not apply this rewrite: ${result.reason}` } });
          return false;
        }
        next = result.html;
      } else {
        const result = this.requireAnalysis().applyEditsToText(current.content, suggestion.edits);
        if (!result.ok) {
          this.set({ notice: { kind: 'warning', text: `Could not apply this rewrite: ${result.reason}` } });
          return false;
        }
        next = result.text;
      }
      await this.host.writeBody({ content: next, isHtml: current.isHtml });
      this.undoStack.push(current);
      if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
      this.set({ canUndo: true, notice: { kind: 'success', text: 'Rewrite applied.' } });
      await this.refresh(true);
      return true;
    } catch (error) {
      this.set({ notice: { kind: 'warning', text: messageOf(error) } });
      return false;
    }
  }

  /** Put back the exact body from before the last apply. */
  async undo(): Promise<void> {
    const previous = this.undoStack.pop();
    if (!previous) return;
    try {
      await this.host.writeBody(previous);
      this.set({ canUndo: this.undoStack.length > 0, notice: { kind: 'info', text: 'Rewrite undone.' } });
      await this.refresh(true);
    } catch (error) {
      this.undoStack.push(previous);
      this.set({ notice: { kind: 'warning', text: messageOf(error) } });
    }
  }

  async ignore(finding: Finding): Promise<void> {
    this.ignored.add(findingKey(finding));
    this.set({ findings: this.state.findings.filter((f) => f !== finding) });
    try {
      await this.host.setSessionValue(IGNORED_KEY, serializeIgnoredKeys(Array.from(this.ignored)));
    } catch (error) {
      this.set({
        notice: { kind: 'warning', text: `Ignored here, but the send check may still ask: ${messageOf(error)}` },
      });
    }
  }

  async turnOffRule(ruleId: string): Promise<void> {
    const settings: ReplyCoachSettings = {
      ...this.state.settings,
      rules: { ...this.state.settings.rules, [ruleId]: { ...this.state.settings.rules[ruleId], enabled: false } },
    };
    await this.saveSettings(settings, 'Rule turned off. Turn it back on in Settings.');
  }

  async saveSettings(settings: ReplyCoachSettings, doneText = 'Settings saved.'): Promise<boolean> {
    const serialized = serializeSettings(settings);
    if (!serialized.ok) {
      this.set({ notice: { kind: 'warning', text: serialized.reason } });
      return false;
    }
    try {
      await this.host.saveSetting(SETTINGS_KEY, serialized.json);
    } catch (error) {
      this.set({ notice: { kind: 'warning', text: messageOf(error) } });
      return false;
    }
    this.set({ settings, settingsNotice: null, notice: { kind: 'success', text: doneText } });
    await this.ensureHolidays();
    if (this.state.item) {
      if (this.snapshot && this.state.item.mode === 'compose') this.analyse(this.snapshot.body, this.state.item);
      else await this.refresh(true);
    }
    return true;
  }

  async sendNow(): Promise<void> {
    if (!this.host.sendNow) return;
    try {
      await this.host.sendNow();
    } catch (error) {
      this.set({ notice: { kind: 'warning', text: messageOf(error) } });
    }
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }
}

function safeLoad(host: PaneHost): string | null {
  try {
    return host.loadSetting(SETTINGS_KEY);
  } catch {
    return null;
  }
}

/** The send dialog passes {"findings":[…]}: the keys of what stopped the send. */
function parseSendContext(json: string | null): string[] {
  return parseSendContextData(json).map((f) => f.key);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
