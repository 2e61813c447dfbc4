/**
 * Case tables per rule (RuleTester style): valid texts stay quiet for that rule; invalid texts give
 * exactly these findings of that rule, and the first suggestion rewrites the text to `rewrite`.
 */

export interface InvalidCase {
  text: string;
  findings: Array<{ text: string; rewrite: string }>;
}

export interface RuleCases {
  valid: string[];
  invalid: InvalidCase[];
}

export const RULE_CASES: { [ruleId: string]: RuleCases } = {
  excuse: {
    valid: [
      'Sorry for the slow reply! Here are the three venue options.',
      'The supplier shipped late, so I have arranged a courier for tomorrow at our cost.',
      "I'm on leave next week, so Daniel will send your Monday report.",
      'Thank you for your patience; the report is attached.',
      "The supplier's order got held up at customs, so I've arranged a courier for Friday.",
      'The delay was caused by my mistake; the corrected invoice is attached.',
      "I know last month's report was late, so I've moved my schedule and this one arrived two days early.",
      "No need to apologise for the late reply — I know how busy January is. Here's the schedule.",
      'The courier is running late today; your parcel will arrive by 6pm instead of noon.',
      "I'm sorry for the delay in the refund; it was processed at 9am and should reach your account within two days.",
      "Sorry for dropping the ball on the invoice — I've corrected it and resent it just now.",
      'We had a busy weekend at the stand and collected 40 leads for you; the list is attached.',
      'Given the time difference, shall we meet at 8am London time, which is 4pm in Singapore?',
      "We're busy through March, so the earliest start I can offer is 2 April.",
      'My previous estimate left out the skip hire; sorry about that, the revised total is below.',
      "The bank's system was down this morning, so the transfer will show tomorrow instead; nothing is needed from you.",
      "The van broke down on the way to yours, so I've booked a replacement engineer for 8am tomorrow at no charge.",
      "I'm covering for Anna while she's on leave, so please send invoices to me until the 30th.",
      "It's our busiest time of year, so if you'd like a November slot I'd book this week.",
      "I'm heads-down on your pitch deck today and will share a first draft tomorrow morning.",
    ],
    invalid: [
      {
        // "until today" becomes the promise for today.
        text: "Sorry, I've been swamped, so I couldn't look at your figures until today.",
        findings: [
          {
            text: "Sorry, I've been swamped",
            rewrite: "Thank you for your patience — I'll look at your figures today.",
          },
        ],
      },
      {
        text: 'Our printer jammed halfway through the run, which set us back a day on your brochures.',
        findings: [
          {
            text: 'Our printer jammed halfway through the run, which set us back a day on your brochures',
            rewrite: 'Thank you for your patience. [Next step and time].',
          },
        ],
      },
      {
        text: 'Apologies for the late invoice, our bookkeeper has been off.',
        findings: [
          {
            text: 'Apologies for the late invoice, our bookkeeper has been off',
            rewrite: 'Thank you for your patience. [Next step and time].',
          },
        ],
      },
      {
        text: 'Sorry for missing your call, I was in the car all afternoon.',
        findings: [
          {
            text: 'Sorry for missing your call, I was in the car all afternoon',
            rewrite: 'Thank you for your patience. [Next step and time].',
          },
        ],
      },
      {
        text: "My Zoom wouldn't connect, which is why I dropped off the call.",
        findings: [
          { text: "My Zoom wouldn't connect", rewrite: 'Thank you for your patience — I dropped off the call.' },
        ],
      },
      {
        text: "We're short two engineers this month, so your install has slipped to next week.",
        findings: [
          {
            text: "We're short two engineers this month",
            rewrite: 'Thank you for your patience — your install has slipped to next week.',
          },
        ],
      },
      {
        text: 'Sorry mate, been absolutely rammed at the shop, will look tonight.',
        findings: [
          {
            text: 'Sorry mate, been absolutely rammed at the shop',
            rewrite: 'Thank you for your patience — will look tonight.',
          },
        ],
      },
      {
        text: 'Between the conference and the quarter-end rush, your invoice fell through the cracks.',
        findings: [
          {
            text: 'Between the conference and the quarter-end rush, your invoice fell through the cracks',
            rewrite: 'Thank you for your patience. [Next step and time].',
          },
        ],
      },
      {
        text: 'Honestly the week got away from me, but the invoice is attached.',
        findings: [
          {
            text: 'Honestly the week got away from me',
            rewrite: 'Thank you for your patience — the invoice is attached.',
          },
        ],
      },
      {
        text: 'Sorry, my VPN kept dropping out, so the files are late.',
        findings: [
          { text: 'Sorry, my VPN kept dropping out', rewrite: 'Thank you for your patience — the files are late.' },
        ],
      },
      {
        text: 'Sorry for the delay, my kid was sick, but the report is attached.',
        findings: [
          {
            text: 'Sorry for the delay, my kid was sick',
            rewrite: 'Thank you for your patience — the report is attached.',
          },
        ],
      },
      {
        text: "I've been swamped this week so I couldn't finish the mockups.",
        findings: [
          {
            text: "I've been swamped this week",
            rewrite: "Thank you for your patience — I'll finish the mockups by [day].",
          },
        ],
      },
      {
        text: "I haven't had time to look at it.",
        findings: [
          { text: "I haven't had time to look at it", rewrite: 'Thank you for your patience. [Next step and time].' },
        ],
      },
      {
        text: 'My laptop crashed on Tuesday, so the invoices are late.',
        findings: [
          { text: 'My laptop crashed on Tuesday', rewrite: 'Thank you for your patience — the invoices are late.' },
        ],
      },
      {
        text: 'Apologies, it completely slipped my mind.',
        findings: [
          {
            text: 'Apologies, it completely slipped my mind',
            rewrite: 'Thank you for your patience. [Next step and time].',
          },
        ],
      },
      {
        text: "It's been a crazy week, but the slides for Acme are ready.",
        findings: [
          { text: "It's been a crazy week", rewrite: 'Thank you for your patience — the slides for Acme are ready.' },
        ],
      },
      {
        text: 'I dropped the ball on this because of the conference prep, sorry.',
        findings: [
          {
            text: 'I dropped the ball on this because of the conference prep, sorry',
            rewrite: 'Thank you for your patience. [Next step and time].',
          },
        ],
      },
      {
        text: "Sorry for the wait. We've had a staff shortage all month.",
        findings: [
          {
            text: "We've had a staff shortage all month",
            rewrite: 'Sorry for the wait. Thank you for your patience. [Next step and time].',
          },
        ],
      },
      {
        text: "Honestly it's been bedlam here since the refit started.",
        findings: [
          {
            text: "Honestly it's been bedlam here since the refit started",
            rewrite: 'Thank you for your patience. [Next step and time].',
          },
        ],
      },
      {
        text: "The mock-ups aren't done yet. Too many plates spinning at the moment.",
        findings: [
          {
            text: 'Too many plates spinning at the moment',
            rewrite: "The mock-ups aren't done yet. Thank you for your patience. [Next step and time].",
          },
        ],
      },
      {
        text: "We had a break-in at the unit on Tuesday, so everything's been set back a few days.",
        findings: [
          {
            text: 'We had a break-in at the unit on Tuesday',
            rewrite: "Thank you for your patience — everything's been set back a few days.",
          },
        ],
      },
      {
        text: "I've been pulled in a hundred directions lately, so the brochure is late.",
        findings: [
          {
            text: "I've been pulled in a hundred directions lately",
            rewrite: 'Thank you for your patience — the brochure is late.',
          },
        ],
      },
      {
        text: 'The van broke down on the way to yours, which is why nobody turned up on Tuesday.',
        findings: [
          {
            text: 'The van broke down on the way to yours',
            rewrite: 'Thank you for your patience — nobody turned up on Tuesday.',
          },
        ],
      },
    ],
  },
  personal: {
    valid: [
      'So sorry to hear your mother is unwell — take the time you need.',
      'Hope the kids are over the chickenpox! The quote is attached whenever you are ready.',
      "I'm out on Friday; Mia will cover your inbox.",
      'Congratulations on the new baby!',
      "I'm on annual leave from 3 to 10 June, and Tom is covering my accounts.",
      "I understand money is tight for you this quarter, so I've split the invoice into three payments.",
      "The funeral director's price list is on page 3.",
      'The hangover cure product shots are done and look fantastic.',
      "My husband is a big fan of your bakery, so it's a pleasure working on this.",
      "I know the last few weeks have been hard for you after the divorce; I've kept the schedule flexible.",
      "I was on a flight to Lisbon yesterday, so I've answered your three questions below.",
      "The clinic's new patient leaflet covers asthma, chickenpox and flu jabs.",
      'The knee brace product page now shows sizes S to XL.',
      'Money is tight for a lot of our customers this winter, so we have frozen our prices until April.',
      "Our menopause support leaflet is ready for the clinic's waiting room.",
      "I hope your son's recovering well after the operation; the report can wait until next week.",
      "The psychiatric unit's visiting-hours page has been updated with the new times.",
    ],
    invalid: [
      {
        text: 'I came down with a really nasty bout of shingles, but the logo is ready.',
        findings: [{ text: 'I came down with a really nasty bout of shingles', rewrite: 'The logo is ready.' }],
      },
      {
        text: 'Had a migraine that floored me, but the edits are done.',
        findings: [{ text: 'Had a migraine that floored me', rewrite: 'The edits are done.' }],
      },
      {
        text: 'Things with my partner are rocky at the moment, but here is the plan.',
        findings: [{ text: 'Things with my partner are rocky at the moment', rewrite: 'Here is the plan.' }],
      },
      {
        text: "I'm on crutches after tearing a ligament, but the site is live.",
        findings: [{ text: "I'm on crutches after tearing a ligament", rewrite: 'The site is live.' }],
      },
      {
        text: 'Sorry, my toddler was home with chickenpox, but the deck is attached.',
        findings: [{ text: 'Sorry, my toddler was home with chickenpox', rewrite: 'The deck is attached.' }],
      },
      {
        text: "My husband left me and I'm a mess, but the draft is attached.",
        findings: [{ text: "My husband left me and I'm a mess", rewrite: 'The draft is attached.' }],
      },
      {
        text: "I'm so hungover today.",
        findings: [{ text: "I'm so hungover today", rewrite: '' }],
      },
      {
        text: 'Money is really tight right now, so could you pay the invoice early?',
        findings: [{ text: 'Money is really tight right now', rewrite: 'Could you pay the invoice early?' }],
      },
      {
        text: "I have a colonoscopy on Friday, so I'm out that day.",
        findings: [{ text: 'I have a colonoscopy on Friday', rewrite: "I'm out on Friday." }],
      },
      {
        text: 'Struggling a bit financially at the moment, so any chance you could pay this one upfront?',
        findings: [
          {
            text: 'Struggling a bit financially at the moment',
            rewrite: 'Any chance you could pay this one upfront?',
          },
        ],
      },
      {
        text: "Please excuse any typos, I'm nursing a monster hangover.",
        findings: [{ text: "I'm nursing a monster hangover", rewrite: 'Please excuse any typos.' }],
      },
      {
        text: "We had to put our cat down this morning so I'm a bit of a mess, but I'll send the files tonight.",
        findings: [
          {
            text: "We had to put our cat down this morning so I'm a bit of a mess",
            rewrite: "I'll send the files tonight.",
          },
        ],
      },
      {
        text: "My landlord is threatening to evict me, so forgive me if I'm a little distracted.",
        findings: [
          { text: 'My landlord is threatening to evict me', rewrite: "Forgive me if I'm a little distracted." },
        ],
      },
      {
        text: "Invoice enclosed. Please pay promptly if you can — we're two months behind on the rent at home.",
        findings: [
          {
            text: "we're two months behind on the rent at home",
            rewrite: 'Invoice enclosed. Please pay promptly if you can.',
          },
        ],
      },
      {
        text: 'My OCD has been flaring, so I triple-checked every figure.',
        findings: [{ text: 'My OCD has been flaring', rewrite: 'I triple-checked every figure.' }],
      },
      {
        text: "I'm honestly scraping by at the moment, so any chance you could settle the invoice early?",
        findings: [
          {
            text: "I'm honestly scraping by at the moment",
            rewrite: 'Any chance you could settle the invoice early?',
          },
        ],
      },
      {
        text: "My father-in-law's living with us after his stroke, but the survey is booked for Monday.",
        findings: [
          { text: "My father-in-law's living with us after his stroke", rewrite: 'The survey is booked for Monday.' },
        ],
      },
    ],
  },
  blame: {
    valid: [
      'As you asked, I have moved the meeting to 3pm.',
      'Just a friendly reminder that invoice #2041 is due this Friday.',
      "I'm sorry you had to ask again, and thank you for your patience. The invoice is attached.",
      'The supplier shipped late, so I have arranged a courier for tomorrow at our cost.',
      'That was my mistake, and the corrected file is attached.',
      'If you had any questions, we could talk Monday.',
      "Could you send the logo? Once I have it I'll finish the layout by Friday.",
      'As I explained on our call, the discount applies to annual plans — happy to set that up for you.',
      "The manufacturer shipped faulty parts; replacements are on the way and we'll fit them on Monday.",
      'Your team gave us really clear specs, so the build went smoothly.',
      "No one is to blame here; I'll get the corrected version to you today.",
      "I never received the attachment — could you resend it? I'll turn it around the same day.",
      'It would help if you could send the floor plan by Friday so we can price the job.',
      'I sent the contract on the 2nd; could you let me know if it reached you?',
      'The courier lost the parcel; a replacement went out this morning and should reach you tomorrow.',
      "As you asked, I've re-attached the signed drawings.",
      "The freight forwarder lost a pallet, so we've sent a replacement by air at our cost; it lands Thursday.",
      "The council hasn't decided yet, so I've called the planning officer and will update you on Monday.",
      'Bumping this up in case it got buried: could you confirm the 12th by Friday so we can book the crew?',
    ],
    invalid: [
      {
        // "I can't be expected to…" is a reproach, not work to promise: the writer fills in the step.
        text: "Your team never sent the login, and I can't be expected to guess it.",
        findings: [
          {
            text: "Your team never sent the login, and I can't be expected to guess it.",
            rewrite: "Here's what I'll do next: [next step].",
          },
        ],
      },
      {
        text: "Had you replied to my question last week, we'd be finished by now.",
        findings: [
          {
            text: "Had you replied to my question last week, we'd be finished by now.",
            rewrite: "Here's what I'll do next: [next step].",
          },
        ],
      },
      {
        text: 'As I already said, the deadline is Friday.',
        findings: [{ text: 'As I already said', rewrite: 'To recap, the deadline is Friday.' }],
      },
      {
        text: "You never sent the files, so I couldn't finish the layout.",
        findings: [
          {
            text: "You never sent the files, so I couldn't finish the layout.",
            rewrite: "Once I have the files, I'll finish the layout.",
          },
        ],
      },
      {
        text: "That's not my fault, the printer got it wrong.",
        findings: [
          { text: "That's not my fault, the printer got it wrong.", rewrite: "Here's what I'll do next: [next step]." },
        ],
      },
      {
        text: 'Per my last email, the invoice is due on the 5th.',
        findings: [{ text: 'Per my last email,', rewrite: 'To recap, the invoice is due on the 5th.' }],
      },
      {
        text: 'If you had read my email, you would know the launch moved.',
        findings: [{ text: 'If you had read my email, you would know', rewrite: 'To recap, the launch moved.' }],
      },
      {
        text: 'Your accountant sent over the wrong figures, which is why the report is off.',
        findings: [
          {
            text: 'Your accountant sent over the wrong figures, which is why the report is off.',
            rewrite: "Here's what I'll do next: [next step].",
          },
        ],
      },
      {
        text: 'You have still not sent the signed form.',
        findings: [
          {
            text: 'You have still not sent the signed form.',
            rewrite: "Once I have the signed form, I'll [next step].",
          },
        ],
      },
      {
        text: 'As I mentioned twice already, the invoice is due on receipt.',
        findings: [{ text: 'As I mentioned twice already,', rewrite: 'To recap, the invoice is due on receipt.' }],
      },
      {
        text: 'As you would have seen if you had opened the attachment, the price includes VAT.',
        findings: [
          {
            text: 'As you would have seen if you had opened the attachment,',
            rewrite: 'To recap, the price includes VAT.',
          },
        ],
      },
      {
        text: "Our supplier sent the wrong tiles, so that's on them.",
        findings: [
          {
            text: "Our supplier sent the wrong tiles, so that's on them.",
            rewrite: "Here's what I'll do next: [next step].",
          },
        ],
      },
      {
        text: 'I must remind you again that invoices are due within 14 days.',
        findings: [{ text: 'I must remind you again that', rewrite: 'To recap, invoices are due within 14 days.' }],
      },
      {
        text: 'I sent the reminder on the 1st, the 8th and the 22nd, so the late fee stands.',
        findings: [
          {
            text: 'I sent the reminder on the 1st, the 8th and the 22nd, so the late fee stands.',
            rewrite: 'To recap: [the key point].',
          },
        ],
      },
      {
        text: 'It would help if your team actually read the instructions before calling us.',
        findings: [
          {
            text: 'It would help if your team actually read the instructions before calling us.',
            rewrite: "Here's what I'll do next: [next step].",
          },
        ],
      },
      {
        text: 'As mentioned twice already, the deadline for changes was Friday.',
        findings: [{ text: 'As mentioned twice already,', rewrite: 'To recap, the deadline for changes was Friday.' }],
      },
      {
        text: "It's the third reminder I've sent about the outstanding balance.",
        findings: [
          {
            text: "It's the third reminder I've sent about the outstanding balance.",
            rewrite: 'To recap: [the key point].',
          },
        ],
      },
      {
        text: "I shouldn't have to remind you that payment was due last week.",
        findings: [{ text: "I shouldn't have to remind you that", rewrite: 'To recap, payment was due last week.' }],
      },
      {
        text: "As has been said more than once, we don't store card details.",
        findings: [{ text: 'As has been said more than once,', rewrite: "To recap, we don't store card details." }],
      },
      {
        text: 'For what feels like the hundredth time, the gate code is 4471.',
        findings: [{ text: 'For what feels like the hundredth time', rewrite: 'To recap, the gate code is 4471.' }],
      },
      {
        text: 'The interpreter you hired turned up late, hence the rushed session.',
        findings: [
          {
            text: 'The interpreter you hired turned up late, hence the rushed session.',
            rewrite: "Here's what I'll do next: [next step].",
          },
        ],
      },
    ],
  },
  hostility: {
    valid: [
      "I completely understand why you're upset, and the replacement crown is booked for Tuesday.",
      'No need to apologise for the extra emails, they help us get it right.',
      "You're right to question the fee; I've checked and it should have been waived.",
      "It's a simple form: you type your password and press Enter.",
      'Thanks for your feedback, it has been passed to the design team.',
      "The launch went well, didn't it? Thank you for all your help.",
      "Let's try the call again at 2pm, shall we?",
      'That sounds frustrating, and I understand why you are annoyed.',
      'When things calm down after the launch, we can review the numbers.',
      'Honestly, this is one of my favourite projects this year.',
      'I should be grateful if you could confirm the attendees by Friday.',
      "I see it differently: the blue tested better with your customers in March, so I'd keep it.",
      'Relax and enjoy your holiday; Sam has everything covered.',
      'You clearly put a lot of thought into this brief — thank you.',
      "I'm not going to argue with that — you're right, and I'll update it.",
      'Happy to walk you through it on a call tomorrow.',
      'I respectfully disagree on the timeline, because the permit took six weeks; can we look at the dates together?',
      "If that's what you'd prefer, we can switch to the oak finish at no extra cost.",
      "I'll walk you through each step so the setup is painless.",
    ],
    invalid: [
      {
        text: 'Let me dumb it down: the meter goes on the left.',
        findings: [{ text: 'Let me dumb it down', rewrite: 'The meter goes on the left.' }],
      },
      {
        text: 'I beg to differ, the tiles were laid exactly to plan.',
        findings: [{ text: 'I beg to differ', rewrite: 'The tiles were laid exactly to plan.' }],
      },
      {
        text: "Hardly the crisis you're making it out to be.",
        findings: [{ text: "Hardly the crisis you're making it out to be", rewrite: 'I understand your concern.' }],
      },
      {
        text: "The invoice is attached. You did read the contract before signing it, didn't you?",
        findings: [
          {
            text: "You did read the contract before signing it, didn't you",
            rewrite: 'The invoice is attached. Happy to go through it together.',
          },
        ],
      },
      {
        text: 'Your "feedback" has been noted.',
        findings: [{ text: 'Your "feedback" has been noted', rewrite: 'Thanks for letting me know.' }],
      },
      {
        text: 'Thanks for the photos. Not rocket science, is it?',
        findings: [
          { text: 'Not rocket science, is it', rewrite: 'Thanks for the photos. Happy to go through it together.' },
        ],
      },
      {
        text: 'Kindly refrain from using that tone with my staff.',
        findings: [
          {
            text: 'Kindly refrain from using that tone with my staff.',
            rewrite: 'Let me suggest a way forward: [next step].',
          },
        ],
      },
      {
        text: "The new mockups are ready, but you clearly didn't look at the first round.",
        findings: [{ text: "you clearly didn't look at the first round", rewrite: 'The new mockups are ready.' }],
      },
      {
        text: "Please calm down, it's only a logo.",
        findings: [{ text: 'Please calm down', rewrite: "It's only a logo." }],
      },
      {
        text: 'Whatever works for you, I guess.',
        findings: [{ text: 'Whatever works for you, I guess', rewrite: 'Thanks for letting me know.' }],
      },
      {
        text: 'Frankly your feedback makes no sense.',
        findings: [{ text: 'Frankly your feedback makes no sense', rewrite: 'I see it differently.' }],
      },
      {
        text: 'Calm down, the site is fine.',
        findings: [{ text: 'Calm down', rewrite: 'The site is fine.' }],
      },
      {
        text: "You're overreacting.",
        findings: [{ text: "You're overreacting", rewrite: 'I understand your concern.' }],
      },
      {
        text: 'With all due respect, that is not how it works.',
        findings: [
          { text: 'With all due respect, that is not how it works', rewrite: 'Happy to go through it together.' },
        ],
      },
      {
        text: "I'm not going to argue with you about this again.",
        findings: [
          {
            text: "I'm not going to argue with you about this again.",
            rewrite: 'Let me suggest a way forward: [next step].',
          },
        ],
      },
      {
        text: "That's just not true, and the invoices show it.",
        findings: [{ text: "That's just not true", rewrite: 'The invoices show it.' }],
      },
      {
        text: "As any decent electrician would tell you, you can't put a socket that close to the sink.",
        findings: [
          {
            text: 'As any decent electrician would tell you',
            rewrite: "You can't put a socket that close to the sink.",
          },
        ],
      },
      {
        text: "I'm going to have to disagree with your version of events.",
        findings: [
          { text: "I'm going to have to disagree with your version of events", rewrite: 'I see it differently.' },
        ],
      },
      {
        text: 'Fine, whatever you prefer.',
        findings: [{ text: 'Fine, whatever you prefer', rewrite: 'Thanks for letting me know.' }],
      },
    ],
  },
  judgment: {
    valid: [
      'Since you asked, a matte finish would suit the kitchen better than gloss.',
      'Pink works beautifully with the brass handles you picked.',
      'If it helps, a simpler logo option is included alongside the one you chose.',
      "You asked what I'd have done: I'd have gone with the oak flooring, it wears better.",
      'Your call on the sofa colour - both fabrics are in stock.',
      "I'd never have spotted that typo myself, thanks for catching it.",
      "Honestly, the traffic into town was awful, so I've booked the later fitting slot at 3pm.",
      'As requested, my honest view: the second logo reads better at small sizes.',
      'The bold headline works really well on the banner.',
      'Sorry to hear the launch week was so chaotic — the new banner is live.',
      "Since you asked for my opinion, I'd lean towards the blue version.",
      "That's a great idea; I'll add it to next month's plan.",
      'The figures in column D are estimates.',
      "You asked for my honest opinion on the font: I'd go with something more modern, like Inter.",
      'Would you like my thoughts on the colour palette before we finalise?',
      'The font you chose works well at small sizes.',
      "Your pricing is competitive; I wouldn't change a thing.",
    ],
    invalid: [
      {
        text: 'Hiring a friend as your project manager is rarely a good idea.',
        findings: [
          {
            text: 'Hiring a friend as your project manager is rarely a good idea.',
            rewrite: 'Would you like my thoughts on this? I am happy to suggest a few options.',
          },
        ],
      },
      {
        text: "I'm not sure you've thought this through.",
        findings: [
          {
            text: "I'm not sure you've thought this through.",
            rewrite: 'Would you like my thoughts on this? I am happy to suggest a few options.',
          },
        ],
      },
      {
        text: "Glitter on a solicitor's letterhead is a brave move.",
        findings: [
          {
            text: "Glitter on a solicitor's letterhead is a brave move.",
            rewrite: 'If it helps, I could suggest a few options here \u2014 would that be useful?',
          },
        ],
      },
      {
        text: 'Not to rain on your parade, but a pop-up shop in January rarely pays off.',
        findings: [
          {
            text: 'Not to rain on your parade, but a pop-up shop in January rarely pays off.',
            rewrite: 'Would you like my thoughts on this? I am happy to suggest a few options.',
          },
        ],
      },
      {
        text: 'The invoice template you picked is fine, I suppose, if a bit dated.',
        findings: [
          {
            text: 'The invoice template you picked is fine, I suppose, if a bit dated.',
            rewrite: 'Would you like my thoughts on this? I am happy to suggest a few options.',
          },
        ],
      },
      {
        text: 'Your website could do with a serious refresh, it feels very 2009.',
        findings: [
          {
            text: 'Your website could do with a serious refresh, it feels very 2009.',
            rewrite: 'Would you like my thoughts on this? I am happy to suggest a few options.',
          },
        ],
      },
      {
        text: 'Hiring your nephew to run the accounts was, shall we say, brave.',
        findings: [
          {
            text: 'Hiring your nephew to run the accounts was, shall we say, brave.',
            rewrite: 'Would you like my thoughts on this? I am happy to suggest a few options.',
          },
        ],
      },
      {
        text: 'Not sure about the mustard yellow, to be honest.',
        findings: [
          {
            text: 'Not sure about the mustard yellow, to be honest.',
            rewrite: 'If it helps, I could suggest a few options here — would that be useful?',
          },
        ],
      },
      {
        text: 'Putting prices in Comic Sans? Each to their own, I suppose.',
        findings: [
          {
            text: 'Each to their own, I suppose.',
            rewrite:
              'Putting prices in Comic Sans? Would you like my thoughts on this? I am happy to suggest a few options.',
          },
        ],
      },
      {
        text: 'Your headline is weak and your call to action is even weaker.',
        findings: [
          {
            text: 'Your headline is weak and your call to action is even weaker.',
            rewrite: 'If it helps, I could suggest a few options for the headline \u2014 would that be useful?',
          },
        ],
      },
      {
        text: 'With respect, launching in December is an unwise decision.',
        findings: [
          {
            text: 'With respect, launching in December is an unwise decision.',
            rewrite: 'If it helps, I could suggest a few options here \u2014 would that be useful?',
          },
        ],
      },
      {
        text: "The budget you've set is unrealistic, in my view.",
        findings: [
          {
            text: "The budget you've set is unrealistic, in my view.",
            rewrite: 'If it helps, I could suggest a few options here \u2014 would that be useful?',
          },
        ],
      },
      {
        text: 'Personally I think the serif font makes the menu look cheap.',
        findings: [
          {
            text: 'Personally I think the serif font makes the menu look cheap.',
            rewrite: 'Would you like my thoughts on this? I am happy to suggest a few options.',
          },
        ],
      },
      {
        text: 'Your logo looks outdated.',
        findings: [
          {
            text: 'Your logo looks outdated.',
            rewrite: 'If it helps, I could suggest a few options for the logo — would that be useful?',
          },
        ],
      },
      {
        text: 'If I were you, I would drop the blog.',
        findings: [
          {
            text: 'If I were you, I would drop the blog.',
            rewrite: 'Would you like my thoughts on this? I am happy to suggest a few options.',
          },
        ],
      },
      {
        text: "That's a terrible idea.",
        findings: [
          {
            text: "That's a terrible idea.",
            rewrite: 'If it helps, I could suggest a few options here \u2014 would that be useful?',
          },
        ],
      },
    ],
  },
  deprioritizing: {
    valid: [
      'Wedding season is busy, but your fitting is booked for 2pm on the 9th.',
      "Once the plaster dries on Thursday we'll start on your tiling.",
      "Small jobs like yours are exactly what we do; we'll be there on the 4th.",
      "We're prioritising your order because of the event date, so it ships tomorrow.",
      "The big retailers' orders ship from the other warehouse, so yours isn't affected.",
      'Your order is next in line and ships Monday.',
      'You are my top priority this week.',
      'No rush at all on the feedback.',
      'I will start on your request at 9am tomorrow.',
      "I'll fit you in on Thursday at 2pm as you asked.",
      'Thanks for waiting — your job is next in the queue and will start at 9 tomorrow.',
      'If you get round to it, could you send the signed form? Thanks!',
      'Our bigger clients often ask for this report too; yours is attached and ready.',
      "I've moved your order to the front of the queue; it ships tomorrow.",
    ],
    invalid: [
      {
        text: "You're on the list, but honestly there are a dozen ahead of you.",
        findings: [
          {
            text: "You're on the list, but honestly there are a dozen ahead of you.",
            rewrite: "I'll have this to you by [day and time].",
          },
        ],
      },
      {
        text: 'Corporate bookings take up most of the calendar; private clients get the leftovers.',
        findings: [
          {
            text: 'Corporate bookings take up most of the calendar; private clients get the leftovers.',
            rewrite: "I'll have this to you by [day and time].",
          },
        ],
      },
      {
        text: "You're not exactly high on my radar right now.",
        findings: [
          {
            text: "You're not exactly high on my radar right now.",
            rewrite: "I'll have this to you by [day and time].",
          },
        ],
      },
      {
        text: "Jobs under £500 aren't really where we focus, so it may be a while.",
        findings: [
          {
            text: "Jobs under £500 aren't really where we focus, so it may be a while.",
            rewrite: "I'll have this to you by [day and time].",
          },
        ],
      },
      {
        text: "I've got three weddings to shoot before I can even think about yours.",
        findings: [
          {
            text: "I've got three weddings to shoot before I can even think about yours.",
            rewrite: "I'll have this to you by [day and time].",
          },
        ],
      },
      {
        text: "I'm prioritising the Patel wedding this week, so your invoice query will have to sit.",
        findings: [
          {
            text: "I'm prioritising the Patel wedding this week, so your invoice query will have to sit.",
            rewrite: "I'll have this to you by [day and time].",
          },
        ],
      },
      {
        text: 'Yours is lower down the pecking order at the minute, sorry.',
        findings: [
          {
            text: 'Yours is lower down the pecking order at the minute, sorry.',
            rewrite: "I'll have this to you by [day and time].",
          },
        ],
      },
      {
        text: 'We have to look after our major customers first.',
        findings: [
          {
            text: 'We have to look after our major customers first.',
            rewrite: "I'll have this to you by [day and time].",
          },
        ],
      },
      {
        text: "I'll sneak your edits in between bigger jobs.",
        findings: [
          {
            text: "I'll sneak your edits in between bigger jobs.",
            rewrite: "I'll have this to you by [day and time].",
          },
        ],
      },
      {
        text: "You'll be second in line after the Jacobs job.",
        findings: [
          {
            text: "You'll be second in line after the Jacobs job.",
            rewrite: "I'll have this to you by [day and time].",
          },
        ],
      },
      {
        text: 'Other clients come first, I am afraid.',
        findings: [
          { text: 'Other clients come first, I am afraid.', rewrite: "I'll have this to you by [day and time]." },
        ],
      },
      {
        text: "I'll get round to it next.",
        findings: [{ text: "I'll get round to it next.", rewrite: "I'll have this to you by [day and time]." }],
      },
      {
        text: 'Your request is at the bottom of my list.',
        findings: [
          { text: 'Your request is at the bottom of my list.', rewrite: "I'll have this to you by [day and time]." },
        ],
      },
    ],
  },
  'vague-commitment': {
    valid: [
      'The revised drawings will follow by Thursday noon.',
      'Updated plans to follow by 5pm today.',
      'The invoice is coming tomorrow morning.',
      'I will send the revised draft by 3pm tomorrow.',
      "I'll let you know the moment it ships.",
      'Let me know when you can talk.',
      'I should have double-checked the spelling.',
      "I'll book the courier the moment the stock arrives.",
      "Once you approve the budget, I'll place the order the same day.",
      "We'll try to get you an earlier slot; if one opens up I'll call you, otherwise we're confirmed for the 21st.",
      "Let me see what I can find — I'll send the shortlist by Wednesday morning.",
    ],
    invalid: [
      {
        text: 'Revised floor plans to follow.',
        findings: [{ text: 'Revised floor plans to follow.', rewrite: "I'll [what you will do] by [day]." }],
      },
      {
        text: 'Hang tight, the invoice is coming.',
        findings: [{ text: 'Hang tight, the invoice is coming.', rewrite: "I'll [what you will do] by [day]." }],
      },
      {
        text: 'Paperwork is in the works.',
        findings: [{ text: 'Paperwork is in the works.', rewrite: "I'll [what you will do] by [day]." }],
      },
      {
        text: "We'll look into the possibility of extending the warranty.",
        findings: [
          {
            text: "We'll look into",
            rewrite: 'We will, by [day], look into the possibility of extending the warranty.',
          },
        ],
      },
      {
        text: 'The minutes should be circulated at some point.',
        findings: [{ text: 'at some point', rewrite: 'The minutes should be circulated by [day].' }],
      },
      {
        text: "Let me dig into the discrepancy and I'll come back to you.",
        findings: [
          {
            text: "I'll come back to you",
            rewrite: "Let me dig into the discrepancy and I'll come back to you by [day].",
          },
        ],
      },
      {
        text: 'Expect the files reasonably soon.',
        findings: [{ text: 'reasonably soon', rewrite: 'Expect the files by [day].' }],
      },
      {
        text: "I'll send it over soon.",
        findings: [{ text: 'soon', rewrite: "I'll send it over by [day]." }],
      },
      {
        text: "I'll try to get it done.",
        findings: [{ text: "I'll try to", rewrite: 'I will get it done.' }],
      },
      {
        text: 'I will get back to you when I can.',
        findings: [{ text: 'when I can', rewrite: 'I will get back to you by [day].' }],
      },
    ],
  },
  'self-doubt': {
    valid: [
      "I'm not a structural engineer, so I've booked one to look at the beam on Monday.",
      "Tech isn't my speciality, so our IT partner, Sam, will set up the website on Monday.",
      "I'm not prepared to guess, so I've asked the manufacturer and will have an answer by Wednesday.",
      "I'm not familiar with that plugin, so I've asked our developer Sam, who will reply by noon.",
      "I'm not sure the courier has collected yet, so I'll check and confirm by 3pm.",
      "I'm not an expert on planning law, so I've asked our consultant, who'll reply by Wednesday.",
      'I got the totals wrong; the corrected version is attached.',
      "I can't make Thursday, but I'm free on Friday morning.",
      "I'll check with our legal adviser and report back on Wednesday.",
      "I'm not a great fan of the green, but the layout is done.",
      "I'm not the right person for tax questions, so I've copied in Priya, our accountant, who'll reply today.",
      "I'm not sure I follow — do you mean the March invoice or the April one?",
      "You're not hopeless at all — the form is confusing; I've filled in the tricky bits for you.",
      "I messed up the dates in the schedule — here's the fixed version, and I've double-checked the rest.",
    ],
    invalid: [
      {
        text: "Honestly I'm punching above my weight with a client like you.",
        findings: [
          {
            text: "Honestly I'm punching above my weight with a client like you.",
            rewrite: 'Here is what I will do: [next step and time].',
          },
        ],
      },
      {
        text: "I'm a liability with anything involving numbers, sorry.",
        findings: [
          {
            text: "I'm a liability with anything involving numbers, sorry",
            rewrite: 'Here is what I will do: [next step and time].',
          },
        ],
      },
      {
        text: 'Tbh this kind of job tends to go wrong when I do it.',
        findings: [
          {
            text: 'Tbh this kind of job tends to go wrong when I do it.',
            rewrite: 'Here is what I will do: [next step and time].',
          },
        ],
      },
      {
        text: "Honestly I'm winging it with the new software.",
        findings: [
          {
            text: "Honestly I'm winging it with the new software.",
            rewrite: 'Here is what I will do: [next step and time].',
          },
        ],
      },
      {
        text: "Knowing me, I'll have mixed up the dates somewhere.",
        findings: [
          {
            text: "Knowing me, I'll have mixed up the dates somewhere.",
            rewrite: 'Here is what I will do: [next step and time].',
          },
        ],
      },
      {
        text: 'My maths is shocking, so do double-check the totals.',
        findings: [
          {
            text: 'My maths is shocking, so do double-check the totals.',
            rewrite: 'Here is what I will do: [next step and time].',
          },
        ],
      },
      {
        text: 'I doubt I can get the colours right.',
        findings: [
          { text: 'I doubt I can get the colours right.', rewrite: 'Here is what I will do: [next step and time].' },
        ],
      },
      {
        text: "Chances are I've misunderstood your brief completely.",
        findings: [
          {
            text: "Chances are I've misunderstood your brief completely.",
            rewrite: 'Here is what I will do: [next step and time].',
          },
        ],
      },
      {
        text: "I hope this makes sense, I'm not great at explaining things.",
        findings: [{ text: "I'm not great at explaining things", rewrite: 'I hope this makes sense.' }],
      },
      {
        text: "Here are the photos. I'm not a great photographer, so they're a bit wonky.",
        findings: [
          {
            text: "I'm not a great photographer, so they're a bit wonky.",
            rewrite: 'Here are the photos. Here is what I will do: [next step and time].',
          },
        ],
      },
      {
        text: "I'm terrible with spreadsheets.",
        findings: [
          { text: "I'm terrible with spreadsheets", rewrite: 'Here is what I will do: [next step and time].' },
        ],
      },
      {
        text: 'This is way beyond me.',
        findings: [{ text: 'This is way beyond me.', rewrite: 'Here is what I will do: [next step and time].' }],
      },
      {
        text: "I'm not sure I can handle this.",
        findings: [
          { text: "I'm not sure I can handle this.", rewrite: 'Here is what I will do: [next step and time].' },
        ],
      },
    ],
  },
  'off-limits': {
    valid: [
      'The banners for your church fete are printed and ready to collect.',
      'The polling station signage for the election will be delivered Wednesday.',
      "We'll deliver the Lent prayer cards to the parish office on Monday.",
      'Your parish newsletter template is ready to download; I kept the hymn list on page two.',
      'The election leaflets for your campaign are printed and boxed for collection Friday.',
      'The church roof survey is booked for the 14th.',
      'The flyers for your election campaign are ready.',
      'The church newsletter is attached.',
      'The polling-day rota is in the shared drive.',
      'The parish newsletter is attached, and your prayer group list is on page two.',
      'Election day is a public holiday here, so the office will be closed on the 5th.',
      "The mosque's Ramadan schedule has been uploaded to the website as you asked.",
      'Please vote on the logo options by Friday so we can finalise.',
      "The temple committee approved the design; I'll send the final files for the Diwali banner on Wednesday.",
      "Your candidate's campaign video is edited, and I've cut it to 90 seconds for social media.",
      "The senator's speech is proofread; I fixed two typos in the second paragraph.",
      'The government grant paperwork is done and submitted, so the funds should arrive within 30 days.',
    ],
    invalid: [
      {
        text: "I'm off Thursday to march against the new immigration bill, so reply may be slow.",
        findings: [
          { text: "I'm off Thursday to march against the new immigration bill", rewrite: 'Reply may be slow.' },
        ],
      },
      {
        text: 'Wishing you a holy and peaceful Lent; the order ships on the 3rd.',
        findings: [{ text: 'Wishing you a holy and peaceful Lent', rewrite: 'The order ships on the 3rd.' }],
      },
      {
        text: 'Heaven help us if the other lot get in next year, anyway your invoice is paid.',
        findings: [
          { text: 'Heaven help us if the other lot get in next year', rewrite: 'Anyway your invoice is paid.' },
        ],
      },
      {
        text: 'Fingers crossed the voters see through that lot next time.',
        findings: [{ text: 'Fingers crossed the voters see through that lot next time', rewrite: '' }],
      },
      {
        text: "I'm off to Friday prayers at the mosque, I'll finish the quote after.",
        findings: [{ text: "I'm off to Friday prayers at the mosque", rewrite: "I'll finish the quote after." }],
      },
      {
        text: "Honestly, the new tax rules are the Greens' fault and they should be ashamed.",
        findings: [
          { text: "Honestly, the new tax rules are the Greens' fault and they should be ashamed", rewrite: '' },
        ],
      },
      {
        text: "We'll have the draft ready Monday, Lord willing.",
        findings: [{ text: 'Lord willing', rewrite: "We'll have the draft ready Monday." }],
      },
      {
        text: 'Glory to God, we hit the deadline.',
        findings: [{ text: 'Glory to God', rewrite: 'We hit the deadline.' }],
      },
      {
        text: 'The tariffs are another stupid idea from this administration.',
        findings: [{ text: 'The tariffs are another stupid idea from this administration', rewrite: '' }],
      },
      {
        text: "Both parties are crooks, so I don't bother voting anymore.",
        findings: [{ text: "Both parties are crooks, so I don't bother voting anymore", rewrite: '' }],
      },
      {
        text: 'The Democrats are ruining this country.',
        findings: [{ text: 'The Democrats are ruining this country', rewrite: '' }],
      },
      {
        text: "I'll pray for you.",
        findings: [{ text: "I'll pray for you", rewrite: '' }],
      },
      {
        text: 'God bless, see you Monday.',
        findings: [{ text: 'God bless', rewrite: 'See you Monday.' }],
      },
      {
        text: "Attached is the revised floor plan. Say what you will about the current administration, but they've made zoning a nightmare for everyone.",
        findings: [
          {
            text: "Say what you will about the current administration, but they've made zoning a nightmare for everyone",
            rewrite: 'Attached is the revised floor plan.',
          },
        ],
      },
      {
        text: "Apologies, I'll be offline Thursday evening for Bible study, but the draft will be with you Friday.",
        findings: [
          {
            text: "I'll be offline Thursday evening for Bible study",
            rewrite: 'Apologies, the draft will be with you Friday.',
          },
        ],
      },
      {
        text: 'Your order has been dispatched. Scripture says the diligent will prosper, so keep going!',
        findings: [
          { text: 'Scripture says the diligent will prosper', rewrite: 'Your order has been dispatched. Keep going!' },
        ],
      },
      {
        text: 'Quote attached. Between ourselves, I think the whole net-zero thing is a con.',
        findings: [
          { text: 'Between ourselves, I think the whole net-zero thing is a con', rewrite: 'Quote attached.' },
        ],
      },
    ],
  },
  'hard-sell': {
    valid: [
      'Thanks for asking about bundles: yes, audit plus payroll is 15% off.',
      "While fixing the tap I noticed the valve under the sink is corroded - would you like me to replace it while I'm there?",
      "You mentioned you'd like the conservatory roof done too, so I've added it to the quote at £15.",
      "I've knocked 15% off the labour as a thank-you for your patience.",
      'Would you like to grab a coffee next week to go over the plans?',
      "On the extended warranty you asked about: it's £49 for three years.",
      'Since you mentioned wanting help with recruitment, we do offer that too.',
      'Happy to hop on a quick call if that is easier.',
      'I have designed the Christmas service poster in A4.',
      'You asked about the premium package: it adds monthly reporting for $40 a month.',
      'While updating the plugins I noticed the contact form is broken \u2014 would you like me to fix it?',
      'Your discount code from last month has been applied to this invoice.',
      "You're on our Gold plan, so the callout is free - our engineer will be there at 9am.",
      "Your first month's free, as agreed, and billing starts on 1 June.",
      'The 10% early-payment discount in your contract applies if the invoice is paid by the 15th.',
      "If you ever need the files again, they're in the shared folder under 2024.",
    ],
    invalid: [
      {
        text: 'Boiler serviced. Might be worth thinking about a smart thermostat too, we fit those - happy to send a quote.',
        findings: [
          {
            text: 'we fit those',
            rewrite: 'Boiler serviced. Might be worth thinking about a smart thermostat too, happy to send a quote.',
          },
        ],
      },
      {
        text: "Sorted your DNS issue. Shame you're not on our managed hosting, it would never have happened there.",
        findings: [
          {
            text: "Shame you're not on our managed hosting",
            rewrite: 'Sorted your DNS issue. It would never have happened there.',
          },
        ],
      },
      {
        text: 'Report attached; a quarterly version with benchmarks is available for a modest uplift on your retainer.',
        findings: [
          {
            text: 'a quarterly version with benchmarks is available for a modest uplift on your retainer',
            rewrite: 'Report attached.',
          },
        ],
      },
      {
        text: "Ask us about our extended warranty while you're at it!",
        findings: [{ text: "Ask us about our extended warranty while you're at it", rewrite: '' }],
      },
      {
        text: "We'd be happy to take the website maintenance off your hands for a small monthly fee.",
        findings: [
          { text: "We'd be happy to take the website maintenance off your hands for a small monthly fee", rewrite: '' },
        ],
      },
      {
        text: "Your quote is attached. Thought you might like to know we've just launched gift vouchers!",
        findings: [
          {
            text: "Thought you might like to know we've just launched gift vouchers",
            rewrite: 'Your quote is attached.',
          },
        ],
      },
      {
        text: "I'd highly recommend adding our maintenance plan, it's only $49 a month.",
        findings: [{ text: "I'd highly recommend adding our maintenance plan, it's only $49 a month", rewrite: '' }],
      },
      {
        text: 'Attached is the receipt. Upgrade to annual billing and get two months free!',
        findings: [{ text: 'Upgrade to annual billing and get two months free', rewrite: 'Attached is the receipt.' }],
      },
      {
        text: 'Thanks for choosing us. Refer three friends and your next month is on us.',
        findings: [{ text: 'Refer three friends and your next month is on us', rewrite: 'Thanks for choosing us.' }],
      },
      {
        text: 'Your invoice is attached. By the way, we also offer a premium SEO package!',
        findings: [{ text: 'By the way, we also offer a premium SEO package', rewrite: 'Your invoice is attached.' }],
      },
      {
        text: 'Check out our new courses.',
        findings: [{ text: 'Check out our new courses', rewrite: '' }],
      },
      {
        text: 'Use code SAVE20 for 20% off your next order.',
        findings: [{ text: 'Use code SAVE20 for 20% off your next order', rewrite: '' }],
      },
      {
        text: 'Your pup has been microchipped. Pet insurance through our partner starts at £6 a month, I can pop the form in the post.',
        findings: [
          {
            text: 'Pet insurance through our partner starts at £6 a month',
            rewrite: 'Your pup has been microchipped. I can pop the form in the post.',
          },
        ],
      },
      {
        text: 'Your taxes are filed. Many self-employed people find our quarterly check-ins pay for themselves.',
        findings: [
          {
            text: 'Many self-employed people find our quarterly check-ins pay for themselves',
            rewrite: 'Your taxes are filed.',
          },
        ],
      },
      {
        text: "The quote is attached. Pay upfront and we'll knock a tenner off.",
        findings: [{ text: "Pay upfront and we'll knock a tenner off", rewrite: 'The quote is attached.' }],
      },
      {
        text: 'Thanks for your payment. Why not switch on auto-renew and unlock our Gold perks?',
        findings: [
          { text: 'Why not switch on auto-renew and unlock our Gold perks', rewrite: 'Thanks for your payment.' },
        ],
      },
    ],
  },
  withholding: {
    valid: [
      "I can't go into another client's figures, but here's the breakdown of yours line by line.",
      'We keep supplier contracts confidential, but I can confirm all our timber is FSC certified.',
      "We're keeping the launch date under wraps until Friday's announcement, and you'll get the press pack that morning.",
      "Your application was unsuccessful this time because the scheme closed early; I'd be glad to help with the spring round.",
      'Your booking has been cancelled as you asked, and the refund is on its way.',
      "The decision is down to the council, and we'll share their reasoning as soon as we get it.",
      'There are reasons, but I can share them on a call tomorrow.',
      'Happy to explain: the price covers two rounds of edits.',
      "I can't share client names because of our NDA, but I can describe the projects.",
      'Let me explain how the pricing works.',
      "I can't share the supplier's contract because it's confidential, but I can send you a summary of the terms today.",
      "No comment from the council yet; I'll chase them on Thursday.",
      "It's internal tooling, so there's nothing for you to install.",
      "Sorry, I can't say more until the announcement on Monday — I'll send it to you first thing.",
      'Our margins are confidential, but I can break down the materials and labour for you.',
      'The pricing model is commercially sensitive, but I can send you the total per phase.',
      'that just isnt true',
    ],
    invalid: [
      {
        text: "We're under no obligation to justify our pricing.",
        findings: [
          {
            text: "We're under no obligation to justify our pricing.",
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: "I'm keeping the reasons to myself for now.",
        findings: [
          {
            text: "I'm keeping the reasons to myself for now.",
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: "Without going into detail, the order won't ship this month.",
        findings: [
          {
            text: "Without going into detail, the order won't ship this month.",
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: "We don't owe you an explanation for our pricing.",
        findings: [
          {
            text: "We don't owe you an explanation for our pricing.",
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: 'Your booking has been cancelled at our discretion.',
        findings: [
          {
            text: 'Your booking has been cancelled at our discretion.',
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: 'The refund request has been declined.',
        findings: [
          {
            text: 'The refund request has been declined.',
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: "I'm not going to get into why the price changed.",
        findings: [
          {
            text: "I'm not going to get into why the price changed.",
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: 'The logic behind it is proprietary.',
        findings: [
          {
            text: 'The logic behind it is proprietary.',
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: 'It happened, moving on.',
        findings: [
          {
            text: 'It happened, moving on.',
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: "There's a reason, but I'll keep it to myself.",
        findings: [
          {
            text: "There's a reason, but I'll keep it to myself.",
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: "I can't go into the details.",
        findings: [
          {
            text: "I can't go into the details.",
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: 'Just trust me on this.',
        findings: [
          {
            text: 'Just trust me on this.',
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: 'It is what it is.',
        findings: [
          {
            text: 'It is what it is.',
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: "That's confidential.",
        findings: [
          {
            text: "That's confidential.",
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: "No, we won't be providing a reason.",
        findings: [
          {
            text: "No, we won't be providing a reason.",
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
      {
        text: 'Those figures are commercially confidential.',
        findings: [
          {
            text: 'Those figures are commercially confidential.',
            rewrite: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
          },
        ],
      },
    ],
  },
};
