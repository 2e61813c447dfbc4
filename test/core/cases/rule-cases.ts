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
    ],
    invalid: [
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
    ],
  },
  personal: {
    valid: [
      'So sorry to hear your mother is unwell — take the time you need.',
      "I'm out on Friday; Mia will cover your inbox.",
      'Congratulations on the new baby!',
      "I'm on annual leave from 3 to 10 June, and Tom is covering my accounts.",
      "I understand money is tight for you this quarter, so I've split the invoice into three payments.",
      "The funeral director's price list is on page 3.",
      'The hangover cure product shots are done and look fantastic.',
      "My husband is a big fan of your bakery, so it's a pleasure working on this.",
    ],
    invalid: [
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
    ],
  },
  blame: {
    valid: [
      'As you asked, I have moved the meeting to 3pm.',
      'Just a friendly reminder that invoice #2041 is due this Friday.',
      'The supplier shipped late, so I have arranged a courier for tomorrow at our cost.',
      'That was my mistake, and the corrected file is attached.',
      'If you had any questions, we could talk Monday.',
    ],
    invalid: [
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
    ],
  },
  hostility: {
    valid: [
      'That sounds frustrating, and I understand why you are annoyed.',
      'When things calm down after the launch, we can review the numbers.',
      'Honestly, this is one of my favourite projects this year.',
      'I should be grateful if you could confirm the attendees by Friday.',
    ],
    invalid: [
      {
        text: 'Calm down, the site is fine.',
        findings: [{ text: 'Calm down', rewrite: 'I understand your concern, the site is fine.' }],
      },
      {
        text: "You're overreacting.",
        findings: [{ text: "You're overreacting", rewrite: 'I understand your concern.' }],
      },
      {
        text: 'With all due respect, that is not how it works.',
        findings: [{ text: 'With all due respect,', rewrite: 'That is not how it works.' }],
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
    ],
  },
  judgment: {
    valid: [
      'Sorry to hear the launch week was so chaotic — the new banner is live.',
      "Since you asked for my opinion, I'd lean towards the blue version.",
      "That's a great idea; I'll add it to next month's plan.",
      'The figures in column D are estimates.',
    ],
    invalid: [
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
            rewrite: 'Would you like my thoughts on this? I am happy to suggest a few options.',
          },
        ],
      },
    ],
  },
  deprioritizing: {
    valid: [
      'You are my top priority this week.',
      'No rush at all on the feedback.',
      'I will start on your request at 9am tomorrow.',
      "I'll fit you in on Thursday at 2pm as you asked.",
    ],
    invalid: [
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
      'I will send the revised draft by 3pm tomorrow.',
      "I'll let you know the moment it ships.",
      'Let me know when you can talk.',
      'I should have double-checked the spelling.',
    ],
    invalid: [
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
      'I got the totals wrong; the corrected version is attached.',
      "I can't make Thursday, but I'm free on Friday morning.",
      "I'll check with our legal adviser and report back on Wednesday.",
      "I'm not a great fan of the green, but the layout is done.",
    ],
    invalid: [
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
      'The flyers for your election campaign are ready.',
      'The church newsletter is attached.',
      'The polling-day rota is in the shared drive.',
      'The parish newsletter is attached, and your prayer group list is on page two.',
    ],
    invalid: [
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
    ],
  },
  'hard-sell': {
    valid: [
      'Since you mentioned wanting help with recruitment, we do offer that too.',
      'Happy to hop on a quick call if that is easier.',
      'I have designed the Christmas service poster in A4.',
    ],
    invalid: [
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
    ],
  },
  withholding: {
    valid: [
      'There are reasons, but I can share them on a call tomorrow.',
      'Happy to explain: the price covers two rounds of edits.',
      "I can't share client names because of our NDA, but I can describe the projects.",
      'Let me explain how the pricing works.',
    ],
    invalid: [
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
    ],
  },
};
