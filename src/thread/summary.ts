import type { ReplyCoachSettings } from '../core/settings';
import { createPartyClassifier, findClient } from './client';
import type { Person, SlaState, ThreadMessage } from './types';
import { computeWait, resolveBusinessHours } from './wait';

export interface ThreadSummary {
  /** The thread, newest first, as given. */
  messages: ThreadMessage[];
  /** The newest sender who is neither the user nor a colleague. */
  client: Person | null;
  /** ISO UTC: the earliest client message after the user's last message; null when not known or nobody waits. */
  waitingSince: string | null;
  waited: { calendarMinutes: number | null; businessMinutes: number | null };
  sla: { targetMinutes: number; state: SlaState };
  /** The zone business hours were counted in; `fallback` means the given name was not understood and UTC was used. */
  timeZone: { zone: string; fallback: boolean };
}

export interface SummarizeOptions {
  /** The user's address. */
  me: string;
  /** The user's zone: IANA, or a Windows name as Office desktop reports it. */
  timeZone: string;
  now: Date;
  settings?: Partial<ReplyCoachSettings>;
  /** Other addresses or display names that are the user. */
  myAliases?: string[];
}

/** Who the client is, whether they are waiting, for how long, and how that compares with the target. */
export function summarizeThread(messages: ThreadMessage[], options: SummarizeOptions): ThreadSummary {
  const settings = options.settings || {};
  const parties = createPartyClassifier({
    me: options.me,
    myAliases: options.myAliases,
    ownDomains: settings.ownDomains,
    colleagues: settings.colleagues,
    clientDomains: settings.clientDomains,
  });
  const hours = resolveBusinessHours(settings.schedule, options.timeZone);
  const wait = computeWait(messages, {
    parties,
    now: options.now,
    timeZone: options.timeZone,
    businessHours: hours,
    slaMinutes: settings.slaMinutes,
  });
  return {
    messages,
    client: findClient(messages, parties),
    waitingSince: wait.waitingSince,
    waited: wait.waited,
    sla: wait.sla,
    timeZone: { zone: hours.zone, fallback: hours.zoneFallback },
  };
}

// ---------------------------------------------------------------------------------------------
// Wording. Pure helpers, shared by the CLI and the task pane.

export type DurationStyle = 'long' | 'short';

function plural(n: number, one: string, many: string): string {
  return n + ' ' + (n === 1 ? one : many);
}

/**
 * A calendar wait in words, to the two largest units: "2 days 3 hours", "5 hours 12 minutes",
 * "40 minutes"; short style: "2 d 3 h", "5 h 12 min", "40 min".
 */
export function formatDuration(minutes: number, style: DurationStyle = 'long'): string {
  const total = Math.max(0, Math.floor(isFinite(minutes) ? minutes : 0));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const short = style === 'short';
  const d = (n: number) => (short ? n + ' d' : plural(n, 'day', 'days'));
  const h = (n: number) => (short ? n + ' h' : plural(n, 'hour', 'hours'));
  const m = (n: number) => (short ? n + ' min' : plural(n, 'minute', 'minutes'));
  if (days > 0) return hours > 0 ? d(days) + ' ' + h(hours) : d(days);
  if (hours > 0) return mins > 0 ? h(hours) + ' ' + m(mins) : h(hours);
  return m(mins);
}

/** Business time counts in working hours, not days: "11 business hours", "45 business minutes"; short "11 h", "45 min". */
export function formatBusinessDuration(minutes: number, style: DurationStyle = 'long'): string {
  const total = Math.max(0, Math.floor(isFinite(minutes) ? minutes : 0));
  const short = style === 'short';
  if (total < 60) return short ? total + ' min' : plural(total, 'business minute', 'business minutes');
  const hours = Math.floor(total / 60);
  return short ? hours + ' h' : plural(hours, 'business hour', 'business hours');
}

const SLA_LABELS: Record<SlaState, string> = {
  ok: 'within target',
  'due-soon': 'due soon',
  overdue: 'overdue',
  unknown: 'waiting time unknown',
  none: 'nobody waiting',
};

export function slaLabel(state: SlaState): string {
  return SLA_LABELS[state];
}

/** "Dana Whitfield <dana@whitfieldstudio.com>", or whichever part is known; `fallback` when neither. */
export function formatPerson(person: Person | null, fallback = 'The client'): string {
  if (!person) return fallback;
  const name = typeof person.name === 'string' ? person.name.trim() : '';
  const address = typeof person.address === 'string' ? person.address.trim() : '';
  if (name !== '' && address !== '' && name.toLowerCase() !== address.toLowerCase()) return name + ' <' + address + '>';
  if (name !== '') return name;
  if (address !== '') return address;
  return fallback;
}

/** Why nobody is waiting, for the 'none' wording. */
export function noneReason(summary: ThreadSummary): 'no-history' | 'no-client' | 'answered' {
  if (summary.messages.length === 0) return 'no-history';
  if (summary.client === null) return 'no-client';
  return 'answered';
}

export interface FormatWaitOptions {
  /** 'short' gives "Dana Whitfield: 2 d 3 h (11 h business) — overdue" for tight spaces. */
  style?: DurationStyle;
  /** Leave out the address: "Dana Whitfield has waited …". */
  nameOnly?: boolean;
}

/**
 * The human line, e.g. "Dana Whitfield <dana@whitfieldstudio.com> has waited 2 days 3 hours
 * (11 business hours) — overdue"; plain wording when nobody waits or the time is unknown.
 */
export function formatWait(summary: ThreadSummary, options: FormatWaitOptions = {}): string {
  const short = options.style === 'short';
  const client = summary.client;
  const who =
    options.nameOnly && client && typeof client.name === 'string' && client.name.trim() !== ''
      ? client.name.trim()
      : formatPerson(client, 'The client');
  const state = summary.sla.state;

  if (state === 'none') {
    const reason = noneReason(summary);
    if (reason === 'no-history')
      return short ? 'No earlier messages' : 'No earlier messages found in this reply — nothing to time.';
    if (reason === 'no-client')
      return short ? 'No client in thread' : 'Only you and colleagues wrote in this thread — no client is waiting.';
    return short ? 'You replied last' : 'You replied last — ' + who + ' is not waiting on you.';
  }

  const calendar = summary.waited.calendarMinutes;
  const business = summary.waited.businessMinutes;
  if (state === 'unknown' || calendar === null || business === null) {
    return short
      ? who + ': wait unknown'
      : who + ' is waiting, but the date of their message could not be read — waiting time unknown.';
  }

  if (short) {
    return (
      who +
      ': ' +
      formatDuration(calendar, 'short') +
      ' (' +
      formatBusinessDuration(business, 'short') +
      ' business) — ' +
      slaLabel(state)
    );
  }
  return (
    who + ' has waited ' + formatDuration(calendar) + ' (' + formatBusinessDuration(business) + ') — ' + slaLabel(state)
  );
}
