/**
 * Graph thread source against a local fake Graph (msw/node), never the internet. MSAL is mocked.
 * msw 2 pulls in ESM-only helpers (.mjs files, until-async): jest.config.js must transform them.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  GRAPH_MESSAGES_URL,
  conversationMessagesUrl,
  createNaaTokenProvider,
  fetchConversationMessages,
  fetchThreadFromGraph,
} from '../../src/office/graph';

const acquireTokenSilent = jest.fn();
const acquireTokenPopup = jest.fn();
const createNestablePublicClientApplication = jest.fn(async () => ({ acquireTokenSilent, acquireTokenPopup }));
jest.mock('@azure/msal-browser', () => ({
  createNestablePublicClientApplication: (...args: unknown[]) =>
    (createNestablePublicClientApplication as (...a: unknown[]) => unknown)(...args),
}));

const CONVERSATION = "AAQkAGI2TG93AAA='x'=";
const TOKEN = 'token-123';

function graphMessage(from: [string, string], sent: string, extra: Record<string, unknown> = {}) {
  return {
    from: { emailAddress: { name: from[0], address: from[1] } },
    toRecipients: [{ emailAddress: { name: 'Sam Lee', address: 'sam@brightdesk.co' } }],
    sentDateTime: sent,
    receivedDateTime: sent,
    subject: 'Re: Brand refresh',
    isDraft: false,
    ...extra,
  };
}

const DANA: [string, string] = ['Dana Whitfield', 'dana@whitfieldstudio.com'];
const SAM: [string, string] = ['Sam Lee', 'sam@brightdesk.co'];

/** Requests the fake Graph saw, to check the query and the token. */
let seen: Array<{ url: URL; auth: string | null }> = [];

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen = [];
  jest.clearAllMocks();
});
afterAll(() => server.close());

function serve(pages: Array<Record<string, unknown>>, status = 200) {
  server.use(
    http.get(GRAPH_MESSAGES_URL, ({ request }) => {
      const url = new URL(request.url);
      seen.push({ url, auth: request.headers.get('authorization') });
      const page = Number(url.searchParams.get('page') || '0');
      return HttpResponse.json(pages[page] || { value: [] }, { status });
    }),
  );
}

const getToken = async () => TOKEN;

describe('fetchConversationMessages', () => {
  it('asks Graph for the conversation and maps it newest first', async () => {
    serve([
      {
        value: [
          graphMessage(DANA, '2026-11-18T09:00:00Z'),
          graphMessage(DANA, '2026-11-20T15:30:00Z'),
          graphMessage(SAM, '2026-11-19T10:00:00Z'),
          // The reply being written is a draft in the same conversation.
          graphMessage(SAM, '2026-11-23T08:00:00Z', { isDraft: true }),
        ],
      },
    ]);
    const messages = await fetchConversationMessages(CONVERSATION, { getToken });
    expect(messages).toEqual([
      {
        from: { name: 'Dana Whitfield', address: 'dana@whitfieldstudio.com' },
        to: [{ name: 'Sam Lee', address: 'sam@brightdesk.co' }],
        cc: [],
        sentAt: '2026-11-20T15:30:00.000Z',
        sentAtText: '2026-11-20T15:30:00Z',
        subject: 'Re: Brand refresh',
        body: '',
      },
      expect.objectContaining({
        sentAt: '2026-11-19T10:00:00.000Z',
        from: { name: 'Sam Lee', address: 'sam@brightdesk.co' },
      }),
      expect.objectContaining({ sentAt: '2026-11-18T09:00:00.000Z' }),
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0].auth).toBe('Bearer ' + TOKEN);
    expect(seen[0].url.searchParams.get('$filter')).toBe("conversationId eq 'AAQkAGI2TG93AAA=''x''='");
    expect(seen[0].url.searchParams.get('$select')).toContain('sentDateTime');
    expect(seen[0].url.searchParams.has('$orderby')).toBe(false);
  });

  it('follows nextLink pages on Graph', async () => {
    serve([
      { value: [graphMessage(DANA, '2026-11-18T09:00:00Z')], '@odata.nextLink': GRAPH_MESSAGES_URL + '?page=1' },
      { value: [graphMessage(DANA, '2026-11-20T09:00:00Z')], '@odata.nextLink': GRAPH_MESSAGES_URL + '?page=2' },
      { value: [graphMessage(SAM, '2026-11-19T09:00:00Z')] },
    ]);
    const messages = await fetchConversationMessages(CONVERSATION, { getToken });
    expect(messages!.map((m) => m.sentAt)).toEqual([
      '2026-11-20T09:00:00.000Z',
      '2026-11-19T09:00:00.000Z',
      '2026-11-18T09:00:00.000Z',
    ]);
    expect(seen.map((s) => s.url.searchParams.get('page'))).toEqual([null, '1', '2']);
  });

  it('gives up past the page bound rather than return part of a thread', async () => {
    const endless = {
      value: [graphMessage(DANA, '2026-11-18T09:00:00Z')],
      '@odata.nextLink': GRAPH_MESSAGES_URL + '?page=0',
    };
    serve([endless]);
    expect(await fetchConversationMessages(CONVERSATION, { getToken, maxPages: 3 })).toBeNull();
    expect(seen).toHaveLength(3);
  });

  it('never sends the token off Graph', async () => {
    serve([{ value: [graphMessage(DANA, '2026-11-18T09:00:00Z')], '@odata.nextLink': 'https://evil.example/steal' }]);
    expect(await fetchConversationMessages(CONVERSATION, { getToken })).toBeNull();
    expect(seen).toHaveLength(1);
  });

  it('returns null for an empty answer, HTTP errors, bad JSON, network errors and token failures', async () => {
    serve([{ value: [] }]);
    expect(await fetchConversationMessages(CONVERSATION, { getToken })).toBeNull();

    server.resetHandlers();
    serve([{ error: { code: 'ErrorInvalidIdMalformed' } }], 400);
    expect(await fetchConversationMessages(CONVERSATION, { getToken })).toBeNull();

    server.resetHandlers();
    server.use(http.get(GRAPH_MESSAGES_URL, () => new HttpResponse('<html>oops</html>', { status: 200 })));
    expect(await fetchConversationMessages(CONVERSATION, { getToken })).toBeNull();

    server.resetHandlers();
    server.use(http.get(GRAPH_MESSAGES_URL, () => HttpResponse.error()));
    expect(await fetchConversationMessages(CONVERSATION, { getToken })).toBeNull();

    expect(
      await fetchConversationMessages(CONVERSATION, {
        getToken: async () => {
          throw new Error('interaction_required');
        },
      }),
    ).toBeNull();
    expect(await fetchConversationMessages('  ', { getToken })).toBeNull();
  });

  it('keeps messages without dates, last', async () => {
    serve([
      {
        value: [
          graphMessage(DANA, 'not a date', { receivedDateTime: null }),
          graphMessage(SAM, '2026-11-19T09:00:00Z'),
        ],
      },
    ]);
    const messages = await fetchConversationMessages(CONVERSATION, { getToken });
    expect(messages!.map((m) => [m.from.address, m.sentAt])).toEqual([
      ['sam@brightdesk.co', '2026-11-19T09:00:00.000Z'],
      ['dana@whitfieldstudio.com', null],
    ]);
  });

  it('builds the documented URL', () => {
    expect(conversationMessagesUrl('abc')).toBe(
      GRAPH_MESSAGES_URL +
        "?$filter=conversationId%20eq%20'abc'&$select=from%2CtoRecipients%2CsentDateTime%2CreceivedDateTime%2Csubject%2CisDraft&$top=50",
    );
  });
});

describe('fetchThreadFromGraph with nested app authentication', () => {
  it('does nothing without an app registration', async () => {
    serve([{ value: [graphMessage(DANA, '2026-11-18T09:00:00Z')] }]);
    expect(await fetchThreadFromGraph(CONVERSATION, { graphClientId: '' })).toBeNull();
    expect(await fetchThreadFromGraph(null, { graphClientId: 'client-a' })).toBeNull();
    expect(seen).toHaveLength(0);
    expect(createNestablePublicClientApplication).not.toHaveBeenCalled();
  });

  it('gets a token silently through MSAL and reads the thread', async () => {
    acquireTokenSilent.mockResolvedValue({ accessToken: 'naa-token' });
    serve([{ value: [graphMessage(DANA, '2026-11-18T09:00:00Z')] }]);
    const messages = await fetchThreadFromGraph(CONVERSATION, { graphClientId: 'client-a' });
    expect(messages).toHaveLength(1);
    expect(seen[0].auth).toBe('Bearer naa-token');
    expect(createNestablePublicClientApplication).toHaveBeenCalledWith({
      auth: { clientId: 'client-a', authority: 'https://login.microsoftonline.com/common' },
    });
    expect(acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['Mail.ReadBasic'] });
    expect(acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('falls back to the quoted history (null) when silent sign-in fails', async () => {
    acquireTokenSilent.mockRejectedValue(new Error('interaction_required'));
    serve([{ value: [graphMessage(DANA, '2026-11-18T09:00:00Z')] }]);
    expect(await fetchThreadFromGraph(CONVERSATION, { graphClientId: 'client-b' })).toBeNull();
    expect(seen).toHaveLength(0);
    expect(acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('uses a popup only when allowed', async () => {
    acquireTokenSilent.mockRejectedValue(new Error('interaction_required'));
    acquireTokenPopup.mockResolvedValue({ accessToken: 'popup-token' });
    const provider = createNaaTokenProvider('client-c', { interactive: true });
    expect(await provider()).toBe('popup-token');
    // One MSAL application per client id.
    await provider();
    expect(createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
  });
});
