import type { Finding } from '../../../src/core/types';
import { threadFindings } from '../../../src/core/thread';

/**
 * Short labelled exchanges written for these tests (not taken from the evaluation pairs), to keep
 * the rules general. Expected: "U:<part of the ask>" for an unanswered ask, "C" for an
 * unacknowledged complaint, "W" for a long wait (the SLA is 480 business minutes).
 */
const CASES: Array<[string, string, number, string[]]> = [
  [
    'Hey! Are the banners ready to print? And did you order the extra stands?',
    'Hey! Banners are print-ready — files attached.',
    30,
    ['U:extra stands'],
  ],
  [
    'Would you mind proofreading the attached brochure?',
    "Happy to — I'll have it back to you by noon tomorrow.",
    30,
    [],
  ],
  ['Would you mind proofreading the attached brochure?', 'Thanks for sending this over.', 30, ['U:proofreading']],
  ["What's the best number to reach you on?", 'You can call me on 07700 900123.', 30, []],
  ['Is it okay if we push the deadline to the 30th?', 'The 30th is fine.', 30, []],
  [
    'Can we get a breakdown of the hours for October?',
    'October: 32 hours in total — 20 admin, 12 bookkeeping.',
    30,
    [],
  ],
  ['Can we get a breakdown of the hours for October?', "I'll look into it.", 30, ['U:breakdown']],
  [
    "I'm extremely unhappy with the service this month.",
    "I understand, and I'm sorry. Let's set up a call to go through it.",
    30,
    [],
  ],
  ["I'm extremely unhappy with the service this month.", "Let's set up a call to go through it.", 30, ['C']],
  ["We were promised the site by Monday and it's now Thursday.", 'The site is now live.', 2000, ['C', 'W']],
  [
    "We were promised the site by Monday and it's now Thursday.",
    "I'm so sorry about the delay — the site is now live.",
    2000,
    [],
  ],
  ['Can you send over the contract?', 'Sorry for the wait! Contract attached.', 900, []],
  ['Can you send over the contract?', 'Contract attached. Sorry about the formatting.', 900, ['W']],
  [
    'Did you see my note about the logo colours? The blue is too dark.',
    "Yes — I've lightened the blue; new version attached.",
    30,
    [],
  ],
  [
    'Did you see my note about the logo colours? The blue is too dark.',
    'New version attached.',
    30,
    ['U:logo colours'],
  ],
  ['Could you also cc Jamie on future emails?', 'Will do.', 30, []],
  ['Do you have time for a quick call today?', 'Sure — how about 3pm?', 30, []],
  ['Do you have time for a quick call today?', "I'm out today.", 30, []],
  ['Please can you chase the supplier for the invoice?', "I've chased them and they've promised it by Friday.", 30, []],
  ['Please can you chase the supplier for the invoice?', 'Noted, thanks.', 30, ['U:chase the supplier']],
  ["I still haven't received the refund.", 'Refund has been processed today.', 30, ['C']],
  ["The figures in the report don't add up.", 'Thanks for flagging — corrected report attached.', 30, []],
  ["The figures in the report don't add up.", 'Corrected report attached.', 30, ['C']],
  ['How many people have signed up so far?', "We're at 140 sign-ups.", 30, []],
  ['How many people have signed up so far?', 'Sign-ups are going really well!', 30, ['U:How many']],
  ['Hiya, can u send the deck pls', 'Deck attached!', 30, []],
  ['can u send the deck pls', 'Will send tonight.', 30, []],
  ['Please send the updated proposal and the invoice.', 'Updated proposal attached.', 30, []],
  ['Quick q: is the office closed on Monday for the bank holiday?', 'Yes, closed Monday, back Tuesday.', 30, []],
  ['When do you need the content from us?', 'By Friday if possible.', 30, []],
  ['When do you need the content from us?', 'Whenever suits you.', 30, ['U:When do you need']],
  ['Can you make the logo bigger on the homepage? Also the menu font looks off.', 'Logo is bigger now.', 30, []],
  ['What are your rates for weekend work?', 'Weekend work is £45/hour.', 30, []],
  ['What are your rates for weekend work?', 'We do offer weekend work.', 30, ['U:rates']],
  [
    "We've had three customers complain about the checkout. It's not working on mobile.",
    'The mobile checkout is fixed.',
    30,
    ['C'],
  ],
  [
    "We've had three customers complain about the checkout. It's not working on mobile.",
    'So sorry — the mobile checkout is fixed.',
    30,
    [],
  ],
  ['Can I get an ETA on the revisions?', 'Revisions will be with you Thursday morning.', 30, []],
  ['Can I get an ETA on the revisions?', 'Working on the revisions now!', 30, ['U:ETA']],
  ['Did you book the restaurant?', 'Yep, 7:30 at Dishoom.', 30, []],
  ['Did you book the restaurant?', 'Not yet, doing it now.', 30, []],
  ['Honestly I expected better.', 'Understood. Here is the revised version.', 30, []],
  ['Honestly I expected better.', 'Here is the revised version.', 30, ['C']],
  ['Can you sort out the parking permits for the team?', 'Parking permits are sorted for all six of you.', 30, []],
  ['Any chance of a discount if we sign for 12 months?', 'For a 12-month contract we can do 10% off.', 30, []],
  [
    'Hi Sam,\n\nJust following up on my email from last week about the venue. Have you heard back from them?\n\nThanks\nPriya',
    'Hi Priya,\n\nI heard back this morning: the venue is available on the 14th.\n\nBest,\nSam',
    1500,
    ['W'],
  ],
];

function labels(found: Finding[]): string[] {
  return found.map((f) => {
    if (f.category === 'unanswered-question') {
      const m = /\u201c([\s\S]*)\u201d and the reply/.exec(f.message);
      return 'U:' + (m ? m[1] : '');
    }
    return f.category === 'long-wait' ? 'W' : 'C';
  });
}

describe('labelled exchanges', () => {
  it.each(CASES)('%j → %j', (client, draft, waited, expected) => {
    const got = labels(
      threadFindings(
        draft,
        { start: 0, end: draft.length },
        { clientMessages: [client], waitedBusinessMinutes: waited, slaMinutes: 480 },
        [],
      ),
    );
    expect(got).toHaveLength(expected.length);
    for (const e of expected) {
      const hit = e.startsWith('U:')
        ? got.some((g) => g.startsWith('U:') && g.toLowerCase().indexOf(e.slice(2).toLowerCase()) >= 0)
        : got.indexOf(e) >= 0;
      expect([e, hit]).toEqual([e, true]);
    }
  });
});
