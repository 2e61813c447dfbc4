import { parseHeaderDate } from '../../src/thread/dates';
import { parseDraft, parseDraftHtml } from '../../src/thread/parse';

const BERLIN = { timeZone: 'Europe/Berlin', now: new Date('2026-06-01T00:00:00Z') };

describe('parseDraft messages', () => {
  test('Outlook block gives sender, recipients, subject and time in the given zone', () => {
    const text =
      'Thanks!\n\nFrom: Jane Roe <jane@example.com>\nSent: Thursday, March 5, 2026 9:05 AM\nTo: Me <me@example.com>; Doe, John <john@example.com>\nCc: team@example.com\nSubject: Plans\n\nCan you send it?\n';
    const parsed = parseDraft(text, { timeZone: 'America/New_York' });
    expect(text.slice(parsed.newText.start, parsed.newText.end)).toBe('Thanks!');
    expect(parsed.messages).toHaveLength(1);
    const [m] = parsed.messages;
    expect(m.from).toEqual({ name: 'Jane Roe', address: 'jane@example.com' });
    expect(m.to).toEqual([
      { name: 'Me', address: 'me@example.com' },
      { name: 'Doe, John', address: 'john@example.com' },
    ]);
    expect(m.cc).toEqual([{ name: null, address: 'team@example.com' }]);
    expect(m.subject).toBe('Plans');
    expect(m.sentAtText).toBe('Thursday, March 5, 2026 9:05 AM');
    expect(m.sentAt).toBe('2026-03-05T14:05:00Z');
    expect(m.body).toBe('Can you send it?');
  });

  test('nested > levels become older messages, newest first', () => {
    const text = [
      'Sounds good.',
      '',
      'On Thu, Mar 5, 2026 at 9:05 AM Jane Roe <jane@example.com> wrote:',
      '> Shall we meet Friday?',
      '>',
      '> On Wed, Mar 4, 2026 at 17:30 Me <me@example.com> wrote:',
      '>> Any news?',
      '>>> deepest, no header',
    ].join('\n');
    const { messages } = parseDraft(text, BERLIN);
    expect(messages.map((m) => m.from.address)).toEqual(['jane@example.com', 'me@example.com', null]);
    expect(messages[0].body).toBe('Shall we meet Friday?');
    expect(messages[1].body).toBe('Any news?');
    expect(messages[2].body).toBe('deepest, no header');
    expect(messages[0].sentAt).toBe('2026-03-05T08:05:00Z');
    expect(messages[1].sentAt).toBe('2026-03-04T16:30:00Z');
  });

  test.each([
    ['Le jeu. 5 mars 2026 à 09:05, Jean Dupont <jean@example.fr> a écrit :', 'Jean Dupont', 'jean@example.fr'],
    ['Am 05.03.2026 um 09:05 schrieb Max Muster <max@example.de>:', 'Max Muster', 'max@example.de'],
    ['El 5/3/2026 a las 9:05, Ana Ruiz <ana@example.es> escribió:', 'Ana Ruiz', 'ana@example.es'],
    ['Op 5 maart 2026 09:05 schreef Jan Jansen <jan@example.nl>:', 'Jan Jansen', 'jan@example.nl'],
    ['Il giorno 5 marzo 2026 09:05, Gianni Rossi <g@example.it> ha scritto:', 'Gianni Rossi', 'g@example.it'],
    ['Em 5 de março de 2026 09:05, João Silva <j@example.pt> escreveu:', 'João Silva', 'j@example.pt'],
    ['On Mar 5, 2026, at 9:05 AM, Jane Roe <jane@example.com> wrote:', 'Jane Roe', 'jane@example.com'],
  ])('localized attribution %s', (header, name, address) => {
    // The locale settles "5/3/2026" (day first outside the US); without it that date stays unread.
    const { messages } = parseDraft(`Ok.\n\n${header}\n> earlier\n`, { ...BERLIN, locale: 'es-ES' });
    expect(messages).toHaveLength(1);
    expect(messages[0].from).toEqual({ name, address });
    expect(messages[0].sentAt).toBe('2026-03-05T08:05:00Z');
  });

  test.each([
    ['Von', 'Gesendet', 'An', 'Betreff', 'Donnerstag, 5. März 2026 09:05'],
    ['De', 'Envoyé', 'À', 'Objet', 'jeudi 5 mars 2026 09:05'],
    ['De', 'Enviado', 'Para', 'Asunto', 'jueves, 5 de marzo de 2026 9:05'],
    ['Van', 'Verzonden', 'Aan', 'Onderwerp', 'donderdag 5 maart 2026 09:05'],
    ['Da', 'Inviato', 'A', 'Oggetto', 'giovedì 5 marzo 2026 09:05'],
    ['De', 'Enviada', 'Para', 'Assunto', 'quinta-feira, 5 de março de 2026 09:05'],
  ])('localized Outlook block %s/%s/%s/%s', (from, sent, to, subject, date) => {
    const text = `Ok.\n\n${from}: Client <client@example.com>\n${sent}: ${date}\n${to}: me@example.com\n${subject}: Frage\n\nBody\n`;
    const { messages } = parseDraft(text, BERLIN);
    expect(messages).toHaveLength(1);
    expect(messages[0].from.address).toBe('client@example.com');
    expect(messages[0].subject).toBe('Frage');
    expect(messages[0].sentAt).toBe('2026-03-05T08:05:00Z');
  });

  test('forward chain yields one message per header', () => {
    const text =
      'See below.\n\n---------- Forwarded message ---------\nFrom: A <a@example.com>\nDate: Thu, Mar 5, 2026 at 9:05 AM\nSubject: One\nTo: <b@example.com>\n\nfirst\n\n---------- Forwarded message ---------\nFrom: B <b@example.com>\nDate: Wed, Mar 4, 2026 at 8:00 AM\nSubject: Two\nTo: <c@example.com>\n\nsecond\n';
    const { messages } = parseDraft(text, BERLIN);
    expect(messages.map((m) => [m.from.address, m.subject, m.body])).toEqual([
      ['a@example.com', 'One', 'first'],
      ['b@example.com', 'Two', 'second'],
    ]);
  });

  test('fields flattened onto one line are still read', () => {
    const text =
      'Danke\n\n-------- Ursprüngliche Nachricht --------Von: "Shop Service" <service@shop.de> Datum: 07.08.24 18:46 (GMT+01:00) An: kunde@example.de Betreff: Ihre Rücksendung\n\nHallo';
    const { messages } = parseDraft(text, BERLIN);
    expect(messages[0].from).toEqual({ name: 'Shop Service', address: 'service@shop.de' });
    expect(messages[0].sentAt).toBe('2024-08-07T17:46:00Z');
    expect(messages[0].to).toEqual([{ name: null, address: 'kunde@example.de' }]);
    expect(messages[0].subject).toBe('Ihre Rücksendung');
  });

  test('a subject containing "A:" is not split', () => {
    const text =
      'Ok\n\nFrom: A <a@example.com>\nSent: Thursday, March 5, 2026 9:05 AM\nTo: b@example.com\nSubject: Q: lunch? A: yes\n\nx';
    expect(parseDraft(text, BERLIN).messages[0].subject).toBe('Q: lunch? A: yes');
  });

  test('unreadable header date keeps the raw text and no instant', () => {
    const { messages } = parseDraft(
      'Ok\n\nFrom: A <a@example.com>\nSent: sometime last week\nTo: b@example.com\n\nx',
      BERLIN,
    );
    expect(messages[0].sentAt).toBeNull();
    expect(messages[0].sentAtText).toBe('sometime last week');
  });
});

describe('parseHeaderDate', () => {
  test.each([
    ['Thursday, March 5, 2026 9:05 AM', 'America/New_York', '2026-03-05T14:05:00Z'],
    ['Thursday, March 5, 2026 9:05 PM', 'America/New_York', '2026-03-06T02:05:00Z'],
    ['Thursday, March 5, 2026 12:05 AM', 'UTC', '2026-03-05T00:05:00Z'],
    ['Do., 5. März 2026 um 09:05', 'Europe/Berlin', '2026-03-05T08:05:00Z'],
    ['05.03.2026 21:05', 'Europe/Berlin', '2026-03-05T20:05:00Z'],
    ['20.06.24 um 16:20', 'Europe/Berlin', '2024-06-20T14:20:00Z'],
    ['2026-03-05 09:05', 'Asia/Tokyo', '2026-03-05T00:05:00Z'],
    ['2014-03-20 8:48 GMT+01:00', 'America/New_York', '2014-03-20T07:48:00Z'],
    ['Tue, 3 May 2016 14:54:27 +0200 (CEST)', 'UTC', '2016-05-03T12:54:27Z'],
    ['Thursday, September 4, 2025 at 11:30:41 AM EDT', 'Europe/Berlin', '2025-09-04T15:30:41Z'],
    ['Friday, 23 March 2012 5:08 p.m.', 'UTC', '2012-03-23T17:08:00Z'],
    ['jeudi 15 décembre 2016 09:35', 'Europe/Paris', '2016-12-15T08:35:00Z'],
    ['10 de julho de 2017 às 16:32:35', 'UTC', '2017-07-10T16:32:35Z'],
    ['Mercredi 30 novembre 2016 10h30', 'UTC', '2016-11-30T10:30:00Z'],
    ['2016年11月8日 下午2:23', 'UTC', '2016-11-08T14:23:00Z'],
  ])('%s in %s', (text, timeZone, expected) => {
    expect(parseHeaderDate(text, { timeZone, now: new Date('2026-06-01T00:00:00Z') })).toBe(expected);
  });

  test('two-digit years resolve to the nearest past century', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(parseHeaderDate('20.06.24 16:20', { timeZone: 'UTC', now })).toBe('2024-06-20T16:20:00Z');
    expect(parseHeaderDate('20.06.99 16:20', { timeZone: 'UTC', now })).toBe('1999-06-20T16:20:00Z');
  });

  test('all-numeric day/month order needs the locale', () => {
    expect(parseHeaderDate('01/03/11 7:07 PM', { timeZone: 'UTC' })).toBeNull();
    expect(parseHeaderDate('01/03/11 7:07 PM', { timeZone: 'UTC', locale: 'en-GB' })).toBe('2011-03-01T19:07:00Z');
    expect(parseHeaderDate('01/03/11 7:07 PM', { timeZone: 'UTC', locale: 'en-US' })).toBe('2011-01-03T19:07:00Z');
    expect(parseHeaderDate('25/03/2026 7:07', { timeZone: 'UTC' })).toBe('2026-03-25T07:07:00Z');
  });

  test('Danish "kl." time with the locale settling day/month order', () => {
    expect(parseHeaderDate('08/06/2015 kl. 21.21', { timeZone: 'Europe/Copenhagen', locale: 'da-DK' })).toBe(
      '2015-06-08T19:21:00Z',
    );
  });

  test('DST: repeated hour takes the first occurrence, skipped hour is unreadable', () => {
    expect(parseHeaderDate('Sunday, November 1, 2026 1:30 AM', { timeZone: 'America/New_York' })).toBe(
      '2026-11-01T05:30:00Z',
    );
    expect(parseHeaderDate('Sunday, March 8, 2026 2:30 AM', { timeZone: 'America/New_York' })).toBeNull();
  });

  test.each([
    '',
    'garbage',
    '2016-01-27',
    'Friday, March 5, 2026 9:05 AM',
    '31.02.2026 10:00',
    '25:61',
    'March 5 9:05 AM',
  ])('no guess for %j', (text) => {
    expect(parseHeaderDate(text, { timeZone: 'UTC' })).toBeNull();
  });
});

describe('parseDraftHtml', () => {
  const options = { timeZone: 'UTC' };

  test('Outlook web reply header div', () => {
    const html =
      '<html><body><div>Thanks, confirmed.</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> Jane Roe &lt;jane@example.com&gt;<br><b>Sent:</b> Thursday, March 5, 2026 9:05 AM<br><b>To:</b> Me &lt;me@example.com&gt;<br><b>Subject:</b> Plans</div><div>Can you confirm?</div></body></html>';
    const parsed = parseDraftHtml(html, options);
    expect(parsed.text.slice(parsed.newText.start, parsed.newText.end)).toBe('Thanks, confirmed.');
    expect(parsed.messages[0].from).toEqual({ name: 'Jane Roe', address: 'jane@example.com' });
    expect(parsed.messages[0].sentAt).toBe('2026-03-05T09:05:00Z');
    expect(parsed.messages[0].body).toBe('Can you confirm?');
  });

  test('Outlook web chain: each reply header div is one message, newest first', () => {
    const html =
      '<div>Thanks Jane, done.</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">' +
      '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>From:</b> Jane Roe &lt;jane@client.com&gt;<br><b>Sent:</b> Friday, November 20, 2026 4:12 PM<br>' +
      '<b>To:</b> Sam Lee &lt;sam@agency.com&gt;<br><b>Cc:</b> Ops &lt;ops@client.com&gt;<br><b>Subject:</b> RE: Invoice</font><div>&nbsp;</div></div>' +
      '<div><div>Any update?</div><div><br></div><hr style="display:inline-block;width:98%">' +
      '<div id="x_divRplyFwdMsg" dir="ltr"><b>From:</b> Sam Lee &lt;sam@agency.com&gt;<br><b>Sent:</b> Tuesday, November 17, 2026 10:03 AM<br>' +
      '<b>To:</b> Jane Roe &lt;jane@client.com&gt;<br><b>Subject:</b> Invoice</div><div>Here it is.</div></div>';
    const parsed = parseDraftHtml(html, { timeZone: 'America/New_York' });
    expect(parsed.text.slice(parsed.newText.start, parsed.newText.end)).toBe('Thanks Jane, done.');
    expect(parsed.messages.map((m) => [m.from.address, m.sentAt, m.subject, m.body])).toEqual([
      ['jane@client.com', '2026-11-20T21:12:00Z', 'RE: Invoice', 'Any update?'],
      ['sam@agency.com', '2026-11-17T15:03:00Z', 'Invoice', 'Here it is.'],
    ]);
    expect(parsed.messages[0].cc).toEqual([{ name: 'Ops', address: 'ops@client.com' }]);
  });

  test('Gmail quote with nested blockquotes', () => {
    const html =
      '<div dir="ltr">Yes &amp; thanks</div><br><div class="gmail_quote"><div class="gmail_attr">On Thu, Mar 5, 2026 at 9:05 AM Jane &lt;jane@example.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><div>Ready?</div><div class="gmail_quote">On Wed, Mar 4, 2026 at 8:00 AM Me &lt;me@example.com&gt; wrote:<blockquote class="gmail_quote">Start?</blockquote></div></blockquote></div>';
    const parsed = parseDraftHtml(html, options);
    expect(parsed.text.slice(parsed.newText.start, parsed.newText.end)).toBe('Yes & thanks');
    expect(parsed.messages.map((m) => [m.from.address, m.body])).toEqual([
      ['jane@example.com', 'Ready?'],
      ['me@example.com', 'Start?'],
    ]);
  });

  test('Apple blockquote type=cite', () => {
    const html =
      '<body>Great<br><br><div>On Mar 5, 2026, at 9:05 AM, Jane Roe &lt;jane@example.com&gt; wrote:<br></div><blockquote type="cite"><div>Can we talk?</div></blockquote></body>';
    const parsed = parseDraftHtml(html, options);
    expect(parsed.text.slice(parsed.newText.start, parsed.newText.end)).toBe('Great');
    expect(parsed.messages[0].body).toBe('Can we talk?');
  });

  test('hr followed by a bold From block', () => {
    const html =
      '<div>Hi there<hr><b>From: </b>bob@example.com<br><b>To: </b>me@example.com<br><b>Sent: </b>Friday, July 22, 2011 6:20:01 PM<br><b>Subject: </b>Hello<br><br><p>Hello</p></div>';
    const parsed = parseDraftHtml(html, options);
    expect(parsed.text.slice(parsed.newText.start, parsed.newText.end)).toBe('Hi there');
    expect(parsed.messages[0]).toMatchObject({
      from: { name: null, address: 'bob@example.com' },
      subject: 'Hello',
      body: 'Hello',
    });
    expect(parsed.messages[0].sentAt).toBe('2011-07-22T18:20:01Z');
  });

  test('Outlook for Mac OLK_SRC_BODY_SECTION', () => {
    const html =
      '<body><div>Reply</div><span id="OLK_SRC_BODY_SECTION"><div>From: A &lt;a@example.com&gt;<br>Date: Thursday, 5 March 2026 at 09:05<br>To: B &lt;b@example.com&gt;<br>Subject: S</div><div>Old</div></span></body>';
    const parsed = parseDraftHtml(html, options);
    expect(parsed.text.slice(parsed.newText.start, parsed.newText.end)).toBe('Reply');
    expect(parsed.messages[0].sentAt).toBe('2026-03-05T09:05:00Z');
  });

  test('Gmail indent blockquote without border is reply text, not a quote', () => {
    const html =
      '<div>Steps:</div><blockquote style="margin:0 0 0 40px;border:none;padding:0px"><div>one</div></blockquote><div>done</div>';
    const parsed = parseDraftHtml(html, options);
    expect(parsed.text.slice(parsed.newText.start, parsed.newText.end)).toBe('Steps:\none\ndone');
  });

  test.each([
    [
      'Outlook web',
      '<div>See you Friday.</div><div>Best,<br>Sam</div><div id="Signature"><div>Sam Lee | ACME | +1 555 0100</div></div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Jane &lt;jane@example.com&gt;<br><b>Sent:</b> Thursday, March 5, 2026 9:05 AM<br><b>To:</b> Sam<br><b>Subject:</b> Friday</div><div>Friday?</div>',
    ],
    [
      'Gmail',
      '<div dir="ltr">See you Friday.<div>Best,<br>Sam</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">Sam Lee | ACME</div></div><br><div class="gmail_quote">On Thu, Mar 5, 2026 at 9:05 AM Jane &lt;jane@example.com&gt; wrote:<br><blockquote class="gmail_quote">Friday?</blockquote></div>',
    ],
    [
      'Outlook desktop',
      '<p class="MsoNormal">See you Friday.</p><p class="MsoNormal">Best,<br>Sam</p><p class="MsoNormal"><a name="_MailAutoSig">Sam Lee</a><br>ACME</p><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>From:</b> Jane &lt;jane@example.com&gt;<br><b>Sent:</b> Thursday, March 5, 2026 9:05 AM<br><b>To:</b> Sam<br><b>Subject:</b> Friday</p></div><p>Friday?</p>',
    ],
  ])('%s signature markup ends the reply but keeps the sign-off', (_client, html) => {
    const parsed = parseDraftHtml(html, options);
    expect(parsed.text.slice(parsed.newText.start, parsed.newText.end)).toBe('See you Friday.\nBest,\nSam');
    expect(parsed.messages[0].from.address).toBe('jane@example.com');
  });

  test('script and style text is not visible', () => {
    const parsed = parseDraftHtml('<style>p{}</style><script>x()</script><p>Hi</p>', options);
    expect(parsed.text.trim()).toBe('Hi');
  });
});

describe('bad input', () => {
  const options = { timeZone: 'Europe/Berlin' };

  test.each([
    ['garbled headers', 'From:\nSent:\nTo:\nSubject:\n\n>>>>\n> On wrote:\n'],
    ['only markers', '>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>\n'.repeat(50)],
    ['unbalanced html', '<div><blockquote type="cite"><blockquote><p>x</div></span></blockquote>'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65535))],
  ])('%s does not throw', (_name, input) => {
    expect(() => parseDraft(input, options)).not.toThrow();
    expect(() => parseDraftHtml(input, options)).not.toThrow();
  });

  test('a forward nested 30 deep gives 30 messages', () => {
    let text = 'Top.\n';
    for (let i = 0; i < 30; i++) {
      text += `\n---------- Forwarded message ---------\nFrom: P${i} <p${i}@example.com>\nDate: Thu, Mar 5, 2026 at 9:${String(i).padStart(2, '0')} AM\nSubject: S${i}\nTo: <x@example.com>\n\nbody ${i}\n`;
    }
    const parsed = parseDraft(text, options);
    expect(parsed.messages).toHaveLength(30);
    expect(parsed.messages[29].from.address).toBe('p29@example.com');
  });

  test('time grows linearly with size (1 MB bodies)', () => {
    const unit =
      'On Thu, Mar 5, 2026 at 9:05 AM Jane <jane@example.com>\nwrote something <<<< @@@@ ::::: 12:34 2026\n> quoted line with words and 1234 numbers\nFrom: x\n';
    const measure = (repeat: number): number => {
      const text = 'Hi\n\n' + unit.repeat(repeat);
      const started = Date.now();
      parseDraft(text, options);
      return Date.now() - started;
    };
    const small = Math.max(measure(1000), 5);
    const large = measure(8000); // about 1 MB
    // Linear work scales by 8; allow generous noise but fail on quadratic growth (64x).
    expect(large).toBeLessThan(small * 24 + 200);
    const longLine = 'x'.repeat(1_000_000);
    const started = Date.now();
    parseDraft(longLine + '\n' + '@'.repeat(100_000) + '\n', options);
    parseDraftHtml('<div>' + '<b>a</b>'.repeat(100_000) + '</div>', options);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
