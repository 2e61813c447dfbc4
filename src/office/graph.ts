/**
 * The thread from Microsoft Graph, for users who registered an Entra app (settings.graphClientId).
 * Gives exact send times where the quoted history only has local, zone-less header dates.
 * Every failure returns null so the caller falls back to the quoted history; nothing here throws.
 */
import type { IPublicClientApplication } from '@azure/msal-browser';
import type { Person, ThreadMessage } from '../thread/types';

export const GRAPH_MESSAGES_URL = 'https://graph.microsoft.com/v1.0/me/messages';
/** Least privilege: headers only, no bodies. */
export const GRAPH_SCOPES = ['Mail.ReadBasic'];
const GRAPH_ORIGIN = 'https://graph.microsoft.com/';
const DEFAULT_MAX_PAGES = 10;
const PAGE_SIZE = 50;

export type TokenProvider = () => Promise<string>;
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal?: AbortSignal },
) => Promise<Response>;

export interface GraphFetchOptions {
  getToken: TokenProvider;
  /** Defaults to the global fetch. */
  fetch?: FetchLike;
  /** Pages of @odata.nextLink to follow; a longer thread returns null rather than a partial one. */
  maxPages?: number;
  signal?: AbortSignal;
}

/** The request URL for one conversation. No $orderby: with a $filter on conversationId Graph rejects it (InefficientFilter). */
export function conversationMessagesUrl(conversationId: string): string {
  // OData string literals escape a quote by doubling it.
  const literal = "'" + conversationId.replace(/'/g, "''") + "'";
  return (
    GRAPH_MESSAGES_URL +
    '?$filter=' +
    encodeURIComponent('conversationId eq ' + literal) +
    '&$select=' +
    encodeURIComponent('from,toRecipients,sentDateTime,receivedDateTime,subject,isDraft') +
    '&$top=' +
    PAGE_SIZE
  );
}

interface GraphRecipient {
  emailAddress?: { name?: unknown; address?: unknown } | null;
}

interface GraphMessage {
  from?: GraphRecipient | null;
  toRecipients?: GraphRecipient[] | null;
  sentDateTime?: unknown;
  receivedDateTime?: unknown;
  subject?: unknown;
  isDraft?: unknown;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function toPerson(recipient: GraphRecipient | null | undefined): Person {
  const email = recipient && recipient.emailAddress ? recipient.emailAddress : null;
  return { name: email ? text(email.name) : null, address: email ? text(email.address) : null };
}

function toIso(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return isNaN(ms) ? null : new Date(ms).toISOString();
}

/** One Graph message as a thread message; null for drafts (the reply being written is one) and junk. */
export function mapGraphMessage(raw: unknown): ThreadMessage | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as GraphMessage;
  if (m.isDraft === true) return null;
  const sentText = text(m.sentDateTime) || text(m.receivedDateTime);
  return {
    from: toPerson(m.from),
    to: Array.isArray(m.toRecipients) ? m.toRecipients.map(toPerson) : [],
    cc: [],
    sentAt: toIso(sentText),
    sentAtText: sentText,
    subject: text(m.subject),
    body: '',
  };
}

/** Newest first; messages without a date go last, in the order Graph gave them. */
export function sortNewestFirst(messages: ThreadMessage[]): ThreadMessage[] {
  const keyed = messages.map((message, index) => ({
    message,
    index,
    time: message.sentAt === null ? -Infinity : Date.parse(message.sentAt),
  }));
  keyed.sort((a, b) => (b.time !== a.time ? (b.time > a.time ? 1 : -1) : a.index - b.index));
  return keyed.map((k) => k.message);
}

/**
 * Reads every message of a conversation through Graph, newest first. Null on any failure
 * (no token, HTTP error, bad JSON, a nextLink off Graph, more pages than allowed) and when
 * Graph knows no message of that conversation (Office.js and Graph ids sometimes differ).
 */
export async function fetchConversationMessages(
  conversationId: string,
  options: GraphFetchOptions,
): Promise<ThreadMessage[] | null> {
  if (typeof conversationId !== 'string' || conversationId.trim() === '') return null;
  const doFetch: FetchLike | null =
    options.fetch || (typeof fetch === 'function' ? (url, init) => fetch(url, init) : null);
  if (doFetch === null) return null;
  const maxPages = options.maxPages && options.maxPages > 0 ? options.maxPages : DEFAULT_MAX_PAGES;

  try {
    const token = await options.getToken();
    if (!token) return null;
    const headers = { Authorization: 'Bearer ' + token, Accept: 'application/json' };
    const messages: ThreadMessage[] = [];
    let url: string | null = conversationMessagesUrl(conversationId.trim());
    for (let page = 0; url !== null; page++) {
      // A thread longer than the bound could be missing its newest messages: better none than a wrong wait.
      if (page >= maxPages) return null;
      const response = await doFetch(url, { headers, signal: options.signal });
      if (!response.ok) return null;
      const body = (await response.json()) as { value?: unknown; '@odata.nextLink'?: unknown } | null;
      if (!body || !Array.isArray(body.value)) return null;
      for (const raw of body.value) {
        const message = mapGraphMessage(raw);
        if (message !== null) messages.push(message);
      }
      const next = body['@odata.nextLink'];
      // Only ever send the token back to Graph itself.
      url = typeof next === 'string' && next.indexOf(GRAPH_ORIGIN) === 0 ? next : null;
      if (typeof next === 'string' && url === null) return null;
    }
    return messages.length > 0 ? sortNewestFirst(messages) : null;
  } catch {
    return null;
  }
}

export interface NaaTokenOptions {
  /** Allow a sign-in popup when no token can be had silently; only from a user's click. */
  interactive?: boolean;
  authority?: string;
}

/** Public client applications by client id: MSAL wants one per app and page. */
const clients = new Map<string, Promise<IPublicClientApplication>>();

/**
 * Tokens through nested app authentication: Outlook brokers the sign-in, no popup or redirect
 * of our own unless `interactive`. MSAL is loaded on first use so panes that never call Graph
 * don't pay for it.
 */
export function createNaaTokenProvider(clientId: string, options: NaaTokenOptions = {}): TokenProvider {
  return async () => {
    let client = clients.get(clientId);
    if (client === undefined) {
      client = import('@azure/msal-browser').then((msal) =>
        msal.createNestablePublicClientApplication({
          auth: { clientId, authority: options.authority || 'https://login.microsoftonline.com/common' },
        }),
      );
      clients.set(clientId, client);
      // A failed start must not poison later attempts.
      client.catch(() => clients.delete(clientId));
    }
    const pca = await client;
    const request = { scopes: GRAPH_SCOPES };
    try {
      return (await pca.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      if (!options.interactive) throw error;
      return (await pca.acquireTokenPopup(request)).accessToken;
    }
  };
}

export interface GraphThreadSettings {
  graphClientId: string;
}

/**
 * The thread from Graph when the user configured an app registration; null when they didn't or
 * anything fails. `overrides` replaces token acquisition or fetch (tests, or a pane that already
 * holds a token).
 */
export async function fetchThreadFromGraph(
  conversationId: string | null | undefined,
  settings: GraphThreadSettings,
  overrides: Partial<GraphFetchOptions> = {},
): Promise<ThreadMessage[] | null> {
  const clientId = settings && typeof settings.graphClientId === 'string' ? settings.graphClientId.trim() : '';
  if (clientId === '' || !conversationId) return null;
  return fetchConversationMessages(conversationId, {
    ...overrides,
    getToken: overrides.getToken || createNaaTokenProvider(clientId),
  });
}
