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
  // Two things asked for, one sent: the invoice is still unanswered.
  ['Please send the updated proposal and the invoice.', 'Updated proposal attached.', 30, ['U:the invoice']],
  ['Please send the updated proposal and the invoice.', 'Both attached.', 30, []],
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
  [
    "Could you pull together the attendee numbers for Thursday's dinner?",
    "We've got 38 confirmed for Thursday, 4 still to reply.",
    60,
    [],
  ],
  [
    "Could you pull together the attendee numbers for Thursday's dinner?",
    "Thursday's dinner menu is attached.",
    60,
    ['U:attendee numbers'],
  ],
  ['Is the invoice for September paid yet?', "Not yet — it's due on the 15th and I'll chase on the 16th.", 60, []],
  ['Can you move my 2pm with Alex to next week?', "Done — it's now Tuesday at 2pm.", 60, []],
  [
    "Can you move my 2pm with Alex to next week? And cancel Friday's lunch.",
    'Your 2pm with Alex is now Tuesday.',
    60,
    ['U:cancel Friday'],
  ],
  [
    "We still haven't had the signed lease back. This is holding everything up.",
    'The signed lease is attached.',
    300,
    ['C'],
  ],
  [
    "We still haven't had the signed lease back. This is holding everything up.",
    "I'm really sorry for the hold-up — the signed lease is attached.",
    300,
    [],
  ],
  ['Where did you put the brand guidelines?', 'The brand guidelines are finished.', 60, ['U:brand guidelines']],
  ['How long will the migration take?', 'About three days, starting Monday.', 60, []],
  ['How long will the migration take?', 'The migration is planned carefully.', 60, ['U:How long']],
  ['Just following up on the quote.', 'Quote attached — £1,200 all in.', 900, ['W']],
  ['Just following up on the quote.', 'Thanks for your patience — quote attached.', 900, []],
  [
    "The PDF you sent is password protected and I can't open it.",
    'Sorry about that! Unlocked version attached.',
    60,
    [],
  ],
  ["The PDF you sent is password protected and I can't open it.", 'Unlocked version attached.', 60, ['C']],
  [
    'Can you recommend a florist near the venue?',
    'Petals & Co on Bridge Street are lovely and five minutes away.',
    60,
    [],
  ],
  ['Would Monday or Tuesday suit you better for the review?', 'Tuesday suits me better.', 60, []],
  ['Have you had a chance to look at the contract?', 'Yes — two small comments, marked up and attached.', 60, []],
  ['Have you had a chance to look at the contract?', 'Attached is the invoice for March.', 60, ['U:contract']],
  [
    'Please confirm the booking reference and send me the e-tickets.',
    'Booking reference is KX4471; e-tickets attached.',
    60,
    [],
  ],
  ['This is the second reminder about the missing timesheets.', 'Timesheets attached.', 600, ['C', 'W']],
  [
    'This is the second reminder about the missing timesheets.',
    'Sorry you had to chase — timesheets attached.',
    600,
    [],
  ],
  ['Any idea when the courier will arrive?', "The courier's due between 2 and 4pm.", 60, []],
  ['Any idea when the courier will arrive?', "I've chased the courier.", 60, ['U:courier']],
  ['Thanks so much for sorting the travel, it all went perfectly!', 'So glad to hear it!', 60, []],
  [
    'Can you book me a taxi to the airport for 6am Friday?',
    'Booked — Addison Lee, 6am Friday, confirmation in your inbox.',
    60,
    [],
  ],
  ["The copy on the homepage still has last year's prices.", 'Prices on the homepage are updated now.', 60, ['C']],
  ["I'm worried we won't hit the launch date. Can we talk tomorrow?", "Of course — how's 10am?", 60, []],
  [
    'Hi Jo,\n\nA few things for this week:\n- Renew the domain before it expires on the 9th\n- Send the Q3 report to the board\n- Find out if the printer lease can be cancelled early\n\nThanks!\nKate',
    "Hi Kate,\n\nThe domain is renewed until 2027 and the Q3 report went to the board this morning. I'm still waiting to hear from the leasing company about the printer.\n\nBest,\nJo",
    60,
    [],
  ],
  [
    'Hi Jo,\n\nA few things for this week:\n- Renew the domain before it expires on the 9th\n- Send the Q3 report to the board\n- Find out if the printer lease can be cancelled early\n\nThanks!\nKate',
    'Hi Kate,\n\nThe domain is renewed until 2027.\n\nBest,\nJo',
    60,
    ['U:Q3 report', 'U:printer lease'],
  ],
  ['Can you add Priya to the project channel?', 'Added!', 60, []],
  [
    'Did you manage to get hold of the photographer?',
    "Not yet — I've left two messages and will try again at 9 tomorrow.",
    60,
    [],
  ],
  ['What format do you need the logo in?', "Thanks, I'll let you know.", 60, ['U:format']],
  ['The video you uploaded has no sound.', 'Fixed — re-uploaded with audio.', 60, ['C']],
  ['The video you uploaded has no sound.', 'Good catch, sorry! Re-uploaded with audio.', 60, []],
  [
    "I've emailed three times about the deposit refund and heard nothing.",
    'The deposit refund was sent today.',
    2000,
    ['C', 'W'],
  ],
  [
    "I've emailed three times about the deposit refund and heard nothing.",
    "You're right to be annoyed, and I'm sorry for the silence. The deposit refund was sent today.",
    2000,
    [],
  ],
  [
    'Could you check whether the caterers can do gluten-free?',
    'They can — gluten-free is no problem and costs the same.',
    60,
    [],
  ],
  [
    'Could you check whether the caterers can do gluten-free?',
    'The caterers are booked for 40.',
    60,
    ['U:gluten-free'],
  ],
  ['Is there somewhere to store luggage at the venue?', "Yes, there's a cloakroom by reception.", 60, []],
  ["Who's presenting first on Thursday?", 'Maya opens at 9, then Tom at 9:30.', 60, []],
  ["Who's presenting first on Thursday?", 'The agenda is still being finalised.', 60, ['U:presenting first']],
  ['How much notice do you need for holiday cover?', 'Two weeks is ideal, but a week works in a pinch.', 60, []],
  ['Sorry to bother you again, but is the contract ready yet?', 'It is — attached and ready to sign.', 900, ['W']],
  [
    'Sorry to bother you again, but is the contract ready yet?',
    "Thanks for your patience — it's attached and ready to sign.",
    900,
    [],
  ],
  [
    "We're really pleased with the new site, thank you!",
    "That's wonderful to hear — thanks for letting me know.",
    60,
    [],
  ],
  ['The numbers on slide 4 are wrong, can you fix them before the meeting?', 'Slide 4 is fixed.', 60, ['C']],
  [
    'The numbers on slide 4 are wrong, can you fix them before the meeting?',
    'Sorry about that — slide 4 is fixed.',
    60,
    [],
  ],
  ['Please add the new hires to payroll.', 'All three new hires are on payroll from this month.', 60, []],
  ['Could you tell me when the next invoice is due?', 'The next invoice goes out on the 1st, due by the 15th.', 60, []],
  ['Could you tell me when the next invoice is due?', "I'll send the next invoice.", 60, ['U:when the next invoice']],
  ['Would it be possible to get a copy of the signed NDA?', 'Of course — attached.', 60, []],
  [
    "I wasn't happy with how the call went yesterday.",
    'Thank you for telling me. Could we talk tomorrow about what I can do differently?',
    60,
    [],
  ],
  ["I wasn't happy with how the call went yesterday.", 'Could we talk tomorrow?', 60, ['C']],
  ['Where can I find the updated price list?', "It's on the shared drive under Sales > Pricing.", 60, []],
  ['Where can I find the updated price list?', 'The price list has been updated.', 60, ['U:price list']],
  ['Can you print 20 copies of the handout for tomorrow?', '20 copies printed and on your desk.', 60, []],
  ['Can you print 20 copies of the handout for tomorrow?', 'The handout looks great!', 60, ['U:20 copies']],
  ["When's the next team social?", "It's on the 22nd at the Red Lion, from 6pm.", 60, []],
  ['Should I bring my own laptop to the training?', 'No need — laptops are provided.', 60, []],
  ['Should I bring my own laptop to the training?', 'The training starts at 9.', 60, ['U:laptop']],
  ['Could you send the agenda and the dial-in details?', 'Agenda and dial-in details below.', 60, []],
  [
    'Our newsletter went to the wrong list. Half our customers got the staff version!',
    "That's my mistake and I'm sorry. I've sent a correction to the customer list.",
    60,
    [],
  ],
  [
    'Our newsletter went to the wrong list. Half our customers got the staff version!',
    "I've sent a correction to the customer list.",
    60,
    ['C'],
  ],
  [
    "Hello, I wrote last Tuesday and still haven't heard back about the quote.",
    'The quote is attached: £2,300 plus VAT.',
    1500,
    ['C', 'W'],
  ],
  [
    "Hello, I wrote last Tuesday and still haven't heard back about the quote.",
    'So sorry for the wait — the quote is attached: £2,300 plus VAT.',
    1500,
    [],
  ],
  ['Can we switch the call to video?', "Sure, I've added a Teams link to the invite.", 60, []],
  ['Do we have budget left for the summer party?', 'We have £800 left in the events budget.', 60, []],
  ['Do we have budget left for the summer party?', 'The summer party is on the 12th of July.', 60, ['U:budget']],
  [
    'Please could you update the org chart with the new starters?',
    'Org chart updated with all four new starters.',
    60,
    [],
  ],
  [
    "Could you look into why the invoices aren't syncing to Xero?",
    "The Xero connection had expired; I've reconnected it and the invoices are syncing again.",
    60,
    [],
  ],
  ["Could you look into why the invoices aren't syncing to Xero?", 'Sure.', 60, []],
  ["I'm disappointed nobody picked up the phone this morning.", 'The phones are now diverted to my mobile.', 60, ['C']],
  ['Are you free for a quick chat at 4?', "4 works — I'll call you.", 60, []],
  ['Is the parking validated for visitors?', 'Visitors get 3 hours free — just give the plate at reception.', 60, []],
  [
    "Could you arrange flowers for Mum's birthday on Saturday?",
    'Flowers ordered for Saturday morning delivery.',
    60,
    [],
  ],
  [
    "Could you arrange flowers for Mum's birthday on Saturday?",
    'Happy birthday to your mum for Saturday!',
    60,
    ['U:flowers'],
  ],
  ['Quick reminder that the VAT return is due Friday.', "Thanks — it'll be filed Thursday.", 60, []],
  ['Can you order more toner for the office printer?', 'Toner ordered — arriving Wednesday.', 60, []],
  ['Can you order more toner for the office printer?', 'The office printer is working fine now.', 60, ['U:toner']],
  ['Has the photographer sent the edited shots yet?', 'Yes, they came in this morning — link below.', 60, []],
  [
    'Has the photographer sent the edited shots yet?',
    "The photographer was great, wasn't she?",
    60,
    ['U:edited shots'],
  ],
  ['Could you let me know the total for the catering?', 'Catering comes to £1,850 including service.', 60, []],
  ['Could you let me know the total for the catering?', 'Catering is all booked.', 60, ['U:total']],
  ['Can you make sure the invoices go out by Friday?', "Will do — they'll all be out Thursday.", 60, []],
  [
    'Why was I charged for two licences?',
    "You were charged for two because the second seat was added in May; I can remove it if you don't need it.",
    60,
    [],
  ],
  ['Why was I charged for two licences?', 'Your licences are active.', 60, ['U:Why was I charged']],
  ['This is unacceptable — the report is a week late.', 'The report is attached.', 60, ['C']],
  ['This is unacceptable — the report is a week late.', "You're right, and I'm sorry. The report is attached.", 60, []],
  ['Just a nudge on the contract.', 'Contract attached — sorry for the delay.', 900, []],
  ['Just a nudge on the contract.', 'Contract attached.', 900, ['W']],
  ["The login you gave me doesn't work.", "I've reset it — try Summer2024! now.", 60, ['C']],
  ["The login you gave me doesn't work.", "Sorry about that — I've reset it, try Summer2024! now.", 60, []],
  [
    'Can you confirm the venue has step-free access?',
    "Confirmed — there's a ramp at the side entrance and a lift to all floors.",
    60,
    [],
  ],
  ['Can you confirm the venue has step-free access?', 'The venue is confirmed for the 3rd.', 60, ['U:step-free']],
  ['Please update me on the refund.', "The refund was approved today; you'll see it in 3–5 working days.", 60, []],
  ['Are we still on for Thursday?', 'We are — see you at 11.', 60, []],
  [
    'Could you send me the photos from the launch and the guest list?',
    'Photos from the launch are in the shared folder.',
    60,
    ['U:guest list'],
  ],
  [
    'Could you send me the photos from the launch and the guest list?',
    'Photos from the launch and the guest list are in the shared folder.',
    60,
    [],
  ],
  ["I still haven't received my payslip for March.", 'Your March payslip is attached.', 60, ['C']],
  [
    'Can you find a cheaper hotel near the office?',
    'The Ibis on Mill Road is £40 a night cheaper and a 5-minute walk.',
    60,
    [],
  ],
  // Two asks in one sentence: each part is its own ask.
  ['Can you book the meeting room and order lunch for six?', 'Meeting room booked.', 60, ['U:order lunch']],
  ['Can you book the meeting room and order lunch for six?', 'Room booked, and lunch for six is ordered.', 60, []],
  ['Do you ship to Ireland, and how long does delivery take?', 'Yes, we ship to Ireland.', 60, ['U:how long']],
  [
    'Do you ship to Ireland, and how long does delivery take?',
    'Yes — delivery to Ireland takes about five days.',
    60,
    [],
  ],
  // The thing asked for with another qualifier is not the thing asked for.
  ['Could you send the PDF version of the menu?', 'The Word version of the menu is attached.', 60, ['U:PDF version']],
  ['Could you send the PDF version of the menu?', 'The PDF version of the menu is attached.', 60, []],
  // Which/what asks want a value; a bare noun phrase answers the only open question.
  ['Which caterer did you book?', 'We booked Green Fork for the 12th.', 60, []],
  ['Which caterer did you book?', 'The caterer is booked!', 60, ['U:Which caterer']],
  ['What should I bring for the workshop?', 'Just a notebook and a pen.', 60, []],
  // "How long" wants a length of time; "what time … on Sunday" wants more than "Sunday".
  ['How long does the audit usually take?', 'Usually three weeks.', 60, []],
  ['How long does the audit usually take?', 'We can begin the audit on Monday.', 60, ['U:How long']],
  ['What time does the market open on Sunday?', 'See you on Sunday!', 60, ['U:What time']],
  ['What time does the market open on Sunday?', 'It opens at 8am on Sunday.', 60, []],
  // A question about something else: what follows its verb is what is asked.
  [
    'Does the premium package include a second shooter?',
    'The premium package is our most popular option.',
    60,
    ['U:second shooter'],
  ],
  ['Does the premium package include a second shooter?', 'Yes, it includes a second shooter.', 60, []],
  ['Is the conference room wheelchair accessible?', 'The conference room is on the third floor.', 60, ['U:wheelchair']],
  ['Is the conference room wheelchair accessible?', 'Yes, the conference room is fully accessible.', 60, []],
  // A yes without "yes"; an explanation; news with a date to come.
  ['Can we move the review to Tuesday?', 'Tuesday at 11 is fine.', 60, []],
  [
    'Could you explain what this £45 fee is for?',
    "That's the annual registration fee charged by Companies House.",
    60,
    [],
  ],
  ['Could you explain what this £45 fee is for?', 'Happy Friday!', 60, ['U:explain']],
  ['Any news on the visa application?', 'Still waiting on the embassy — they expect to decide by the 3rd.', 60, []],
  // "If not, …" is about the ask before it.
  [
    'Is the blue fabric in stock? If not, what would you recommend?',
    "The blue is sold out, so I'd go for the teal — it's very close.",
    60,
    [],
  ],
  ["I've been waiting three weeks for my refund.", 'The refund was issued today.', 60, ['C']],
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
