// Sample client threads for the playground. Dates are generated relative to "now" in the
// user's zone, so the default sample always shows a client who has waited more than a day.
import { DateTime } from 'luxon';

export const PLAYGROUND_USER = {
  displayName: 'Sam Rivera',
  emailAddress: 'sam@riverava.com',
  /** Windows zone name, as Outlook on Windows reports it. */
  timeZone: 'Eastern Standard Time',
};
export const PLAYGROUND_ZONE = 'America/New_York';

export interface Sample {
  id: string;
  title: string;
  mode: 'compose' | 'read';
  subject: string;
  /** Who the reply goes to (compose). */
  to?: string;
  /** HTML draft (compose) or the received message (read). */
  html: string;
  from?: { displayName: string; emailAddress: string };
  receivedAt?: Date;
}

/** Outlook desktop's header date: "Thursday, November 19, 2026 9:05 AM". */
function outlookDate(d: DateTime): string {
  return d.setLocale('en-US').toFormat('cccc, LLLL d, yyyy h:mm a');
}

/** Gmail's: "On Tue, Nov 17, 2026 at 4:12 PM". */
function gmailDate(d: DateTime): string {
  return d.setLocale('en-US').toFormat("ccc, LLL d, yyyy 'at' h:mm a");
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => `<div>${line ? esc(line) : '<br>'}</div>`)
    .join('');
}

/** Outlook's reply header block, as Outlook on the web and new Outlook write it. */
function outlookQuote(from: string, sent: DateTime, to: string, subject: string, body: string): string {
  return (
    '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
    `<b>From:</b> ${esc(from)}<br><b>Sent:</b> ${esc(outlookDate(sent))}<br><b>To:</b> ${esc(to)}<br>` +
    `<b>Subject:</b> ${esc(subject)}</font><div>&nbsp;</div></div>` +
    `<div>${paragraphs(body)}</div>`
  );
}

/** A weekday `hoursAgo` or more before now, at the given time of day. */
function before(now: DateTime, hoursAgo: number, hour: number, minute: number): DateTime {
  let d = now.minus({ hours: hoursAgo }).set({ hour, minute, second: 0, millisecond: 0 });
  while (d.weekday > 5) d = d.minus({ days: 1 });
  return d;
}

/** `days` weekdays before today, at the given time: always more than a business day ago. */
function weekdaysBefore(now: DateTime, days: number, hour: number, minute: number): DateTime {
  let d = now.set({ hour, minute, second: 0, millisecond: 0 });
  for (let left = days; left > 0;) {
    d = d.minus({ days: 1 });
    if (d.weekday <= 5) left--;
  }
  return d;
}

export function buildSamples(nowDate: Date = new Date()): Sample[] {
  const now = DateTime.fromJSDate(nowDate).setZone(PLAYGROUND_ZONE);
  const danaWrote = weekdaysBefore(now, 2, 9, 5);
  const samWrote = before(danaWrote, 72, 16, 40);
  const marcoWrote = weekdaysBefore(now, 1, 10, 12);
  const oliviaWrote = weekdaysBefore(now, 3, 11, 20);
  const priyaWrote = before(now, 50, 14, 30);
  const colleagueWrote = before(now, 2, 8, 15);

  const dana = 'Dana Whitfield <dana@whitfieldstudio.com>';
  const sam = 'Sam Rivera <sam@riverava.com>';

  return [
    {
      id: 'late-brand-kit',
      to: 'Dana Whitfield <dana@whitfieldstudio.com>',
      title: 'Dana Whitfield — waiting on the brand kit (draft with excuses)',
      mode: 'compose',
      subject: 'RE: Brand kit — where are we?',
      html:
        paragraphs(
          [
            'Hi Dana,',
            '',
            "Sorry for the slow reply, it's been a crazy week and I've been swamped with other clients. My husband has been in and out of hospital and honestly I'm exhausted. Also, you never sent the final logo files, so I couldn't start the layout.",
            '',
            "I'll get to the brochure soon.",
            '',
            'Best,',
            'Sam',
          ].join('\n'),
        ) +
        outlookQuote(
          dana,
          danaWrote,
          sam,
          'Brand kit — where are we?',
          [
            'Hi Sam,',
            '',
            'Can you send me the draft brochure? Could you also confirm the print date with the printer?',
            "I'm a bit worried — this is the third time I'm asking.",
            '',
            'Thanks,',
            'Dana',
          ].join('\n'),
        ) +
        outlookQuote(
          sam,
          samWrote,
          dana,
          'Brand kit',
          'Hi Dana,\n\nThe brand kit is in progress; I will share the brochure draft next.\n\nSam',
        ),
    },
    {
      id: 'good-reply',
      to: 'Dana Whitfield <dana@whitfieldstudio.com>',
      title: 'Dana Whitfield — the same thread, answered well',
      mode: 'compose',
      subject: 'RE: Brand kit — where are we?',
      html:
        paragraphs(
          [
            'Hi Dana,',
            '',
            'Thank you for your patience. The draft brochure is attached, and the printer has confirmed Thursday, December 3 for the print run.',
            'Once you send the final logo files, I will drop them into the layout the same day.',
            '',
            'Best,',
            'Sam',
          ].join('\n'),
        ) +
        outlookQuote(
          dana,
          danaWrote,
          sam,
          'Brand kit — where are we?',
          'Hi Sam,\n\nCan you send me the draft brochure?\n\nThanks,\nDana',
        ),
    },
    {
      id: 'gmail-client',
      to: 'Marco Bellini <marco@bellini.it>',
      title: 'Marco Bellini — Gmail thread, blame and a vague promise',
      mode: 'compose',
      subject: 'Re: Invoice 2291',
      html:
        paragraphs(
          [
            'Marco,',
            '',
            'As I already explained in my last email, the invoice was sent to the address you gave us. If you had read it properly you would have seen the due date.',
            'I will look into it at some point.',
            '',
            'Sam',
          ].join('\n'),
        ) +
        `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On ${esc(gmailDate(marcoWrote))} Marco Bellini &lt;<a href="mailto:marco@bellini.it">marco@bellini.it</a>&gt; wrote:<br></div>` +
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
        paragraphs('Hi Sam,\n\nI still have not received invoice 2291. Could you resend it?\n\nMarco') +
        '</blockquote></div>',
    },
    {
      id: 'thread-checks',
      to: 'Olivia Grant <olivia@grantbakery.com>',
      title: 'Olivia Grant — questions left unanswered, a complaint, a long wait',
      mode: 'compose',
      subject: 'RE: Website menu update',
      html:
        paragraphs(
          ['Hi Olivia,', '', 'The new menu page is live on the website now.', '', 'Best regards,', 'Sam'].join('\n'),
        ) +
        outlookQuote(
          'Olivia Grant <olivia@grantbakery.com>',
          oliviaWrote,
          sam,
          'Website menu update',
          [
            'Hi Sam,',
            '',
            "I'm still waiting on the menu update I sent two weeks ago, and the prices on the site are wrong.",
            '',
            '1. Can you put the new menu page live?',
            '2. Could you also send me the PNG icons for Instagram?',
            '3. What would a monthly maintenance plan cost?',
            '',
            'Thanks,',
            'Olivia',
          ].join('\n'),
        ),
    },
    {
      id: 'colleague-answered',
      to: 'Priya Shah <priya@shahlegal.co.uk>',
      title: 'Priya Shah — a colleague replied, the client still waits',
      mode: 'compose',
      subject: 'RE: Onboarding call',
      html:
        paragraphs(
          'Hi Priya,\n\nThank you for waiting. I have booked our onboarding call for Monday at 10:00; the invite is on its way.\n\nSam',
        ) +
        outlookQuote(
          'Alex Chen <alex@riverava.com>',
          colleagueWrote,
          'Priya Shah <priya@shahlegal.co.uk>',
          'RE: Onboarding call',
          'Hi Priya, Sam will confirm the time shortly.\n\nAlex',
        ) +
        outlookQuote(
          'Priya Shah <priya@shahlegal.co.uk>',
          priyaWrote,
          sam,
          'Onboarding call',
          'Hello Sam,\n\nCould we book the onboarding call this week?\n\nPriya',
        ),
    },
    {
      id: 'read-mode',
      title: 'Read mode — a message from Dana',
      mode: 'read',
      subject: 'Quick question about the logo',
      html: paragraphs('Hi Sam,\n\nQuick question: can the logo work on a dark background?\n\nDana'),
      from: { displayName: 'Dana Whitfield', emailAddress: 'dana@whitfieldstudio.com' },
      receivedAt: danaWrote.toJSDate(),
    },
  ];
}
