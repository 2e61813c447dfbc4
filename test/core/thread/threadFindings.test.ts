import { analyze, applySuggestion } from '../../../src/core/index';
import type { Category, Finding } from '../../../src/core/types';
import { MAX_ASKS, PATIENCE_LINE, answerLineFor, threadFindings } from '../../../src/core/thread';
import type { ThreadContext } from '../../../src/core/thread';

function ctx(client: string | string[], waited: number | null = 30, sla = 480): ThreadContext {
  return { clientMessages: Array.isArray(client) ? client : [client], waitedBusinessMinutes: waited, slaMinutes: sla };
}

function run(draft: string, context: ThreadContext, engine: Finding[] = []): Finding[] {
  return threadFindings(draft, { start: 0, end: draft.length }, context, engine);
}

function of(findings: Finding[], category: Category): Finding[] {
  return findings.filter((f) => f.category === category);
}

function askQuoted(f: Finding): string {
  const m = /\u201c([\s\S]*)\u201d and the reply/.exec(f.message);
  return m ? m[1] : '';
}

/** The rewrite law: applying a finding's first suggestion clears that finding. */
function expectFixClears(draft: string, context: ThreadContext, finding: Finding): string {
  const fixed = applySuggestion(draft, finding.suggestions[0]);
  const again = run(fixed, context);
  if (finding.category === 'unanswered-question') {
    expect(of(again, 'unanswered-question').map(askQuoted)).not.toContain(askQuoted(finding));
  } else {
    expect(of(again, finding.category)).toEqual([]);
  }
  return fixed;
}

describe('every finding is a well-formed Finding', () => {
  it('text is the slice it points at, and edits stay inside the text', () => {
    const draft = 'Hi Dana,\n\nThe logo concepts are attached.\n\nBest,\nSam';
    const found = run(
      draft,
      ctx('This is the third time I have asked. Can you send the logo? When is the launch?', 900),
    );
    expect(found.map((f) => f.category).sort()).toEqual([
      'long-wait',
      'unacknowledged-complaint',
      'unanswered-question',
    ]);
    for (const f of found) {
      expect(f.text).toBe(draft.slice(f.start, f.end));
      expect(f.text.length).toBeGreaterThan(0);
      for (const e of f.suggestions[0].edits) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(draft.length);
      }
    }
  });
});

describe('unanswered-question', () => {
  const cases: Array<{ name: string; client: string; draft: string; asks: string[]; fixed?: string }> = [
    {
      name: 'second request ignored; line goes before the sign-off',
      client: 'Can you send me the updated budget? Could you also check whether the venue deposit has been paid?',
      draft: 'Hi Dana,\n\nUpdated budget attached.\n\nBest,\nSam',
      asks: ['Could you also check whether the venue deposit has been paid?'],
      fixed:
        'Hi Dana,\n\nUpdated budget attached.\n\nAbout whether the venue deposit has been paid: [answer]\n\nBest,\nSam',
    },
    {
      name: 'numbered items without their markers',
      client:
        'Before Thursday, could you:\n1. Update the price list\n2. Send the new brochure to the printer\n3. Confirm the stand number with the organisers',
      draft: 'The price list is updated and the brochure went to the printer this morning.',
      asks: ['Confirm the stand number with the organisers'],
      fixed:
        'The price list is updated and the brochure went to the printer this morning.\n\nAbout the stand number with the organisers: [answer]',
    },
    {
      name: 'a when-question answered on topic but without a time',
      client: 'When will the final designs be ready?',
      draft: 'The final designs are coming along nicely.',
      asks: ['When will the final designs be ready?'],
      fixed: 'The final designs are coming along nicely.\n\n[Answer: When will the final designs be ready?]',
    },
    {
      name: 'a cost question answered without an amount',
      client: 'How much would it cost to add a blog section?',
      draft: 'Sure, we can add a blog section.',
      asks: ['How much would it cost to add a blog section?'],
    },
    {
      name: 'the shared verb belongs to the ask that was answered',
      client: 'Could you send the brochure? Could you also send the price list?',
      draft: "I'll send the brochure today.",
      asks: ['Could you also send the price list?'],
      fixed: "I'll send the brochure today.\n\nAbout the price list: [answer]",
    },
    {
      name: 'a shared verb alone does not answer an ask that names two things',
      client: 'Would you mind proofreading the attached brochure?',
      draft: 'Thanks for sending this over.',
      asks: ['Would you mind proofreading the attached brochure?'],
    },
    {
      name: '"attached" does not answer "send the invoice" when the reply attaches something else',
      client: 'Can you send the invoice?',
      draft: 'The report is attached.',
      asks: ['Can you send the invoice?'],
      fixed: 'The report is attached.\n\nAbout the invoice: [answer]',
    },
    {
      name: 'a request for news on a topic the reply never mentions',
      client: 'Any update on the venue contract?',
      draft: 'Thanks, noted.',
      asks: ['Any update on the venue contract?'],
      fixed: 'Thanks, noted.\n\n[Answer: Any update on the venue contract?]',
    },
    {
      name: 'a follow-up that points back ("What about…?") is read with the sentence before',
      client: 'Do you have the sales figures for May? What about June?',
      draft: 'The May sales figures are attached.',
      asks: ['What about June?'],
    },
  ];

  it.each(cases)('$name', ({ client, draft, asks, fixed }) => {
    const context = ctx(client);
    const found = of(run(draft, context), 'unanswered-question');
    expect(found.map(askQuoted)).toEqual(asks);
    for (const f of found) {
      expect(f.severity).toBe('warning');
      expect(f.ruleId).toBe('unanswered-question');
    }
    if (fixed !== undefined) expect(applySuggestion(draft, found[0].suggestions[0])).toBe(fixed);
    for (const f of found) expectFixClears(draft, context, f);
  });

  const answered: Array<{ name: string; client: string; draft: string }> = [
    {
      name: '"attached" answers "send"',
      client: 'Hi Sam, can you send me the latest version of the deck?',
      draft: 'Hi Dana, yes \u2014 attached is v4.',
    },
    {
      name: 'other words, same topic',
      client: 'Is there parking near the venue?',
      draft: "There's a car park two minutes' walk away.",
    },
    {
      name: 'a bare yes to a single yes/no ask',
      client: 'Are you able to join the call on Monday?',
      draft: "Yes, I'll be there.",
    },
    {
      name: 'a time answers a when-question',
      client: 'When will the edits be ready?',
      draft: 'The edits will be in your inbox by 4pm today.',
    },
    {
      name: 'an amount answers a quote request',
      client: 'Could I get a quote for the extra pages?',
      draft: 'The five extra pages come to $750.',
    },
    {
      name: 'a name answers a single who-question',
      client: 'Could you tell me who is covering while you are away?',
      draft: 'Mia will look after you until the 10th.',
    },
    {
      name: 'numbered asks all answered',
      client: '1. Can you confirm the delivery date?\n2. Please send the tracking number.',
      draft: 'Delivery is confirmed for Tuesday the 12th. Tracking: 1Z999AA10123456784.',
    },
    {
      name: 'courtesy is not an ask',
      client: 'Thanks for the update! Let me know if you need anything else.',
      draft: 'Will do.',
    },
    {
      name: '"please find attached" is not an ask',
      client: 'Please find attached the signed form.',
      draft: 'Thanks, received.',
    },
    {
      name: 'small talk is not an ask',
      client: 'How are you? Can you book the venue for the 12th?',
      draft: 'The venue is booked for the 12th.',
    },
    {
      name: 'a pronoun ask reads the sentence before',
      client: 'The chatbot gives the wrong opening hours. Can you look into it?',
      draft: 'Sorry about that \u2014 the opening hours are corrected.',
    },
    {
      name: 'a reply that only acts answers a one-topic request',
      client: 'Can you send the invoice?',
      draft: 'Here you go \u2014 attached!',
    },
    {
      name: 'any reply with substance is the update for "Any update?"',
      client: 'Any update?',
      draft: 'The design is done.',
    },
    {
      name: 'a status ask answered on topic',
      client: 'Where are we with the hiring plan?',
      draft: "The hiring plan is with legal; you'll have it Thursday.",
    },
    {
      name: 'related terms: availability / free',
      client: 'Can you let me know your availability next week?',
      draft: "I'm free Tuesday afternoon.",
    },
    {
      name: 'disclaimers and "please advise" are not asks',
      client:
        'Can you confirm the order number? Please advise.\n\nDana\nIf you received this in error please let us know.\nPlease consider the environment before printing this email.',
      draft: 'The order number is 4471.',
    },
    {
      name: '"does that make sense?" is not an ask',
      client: 'Here is my plan for the homepage. Does that make sense?',
      draft: 'Love it.',
    },
    {
      name: '"sounds good" answers a single suggestion',
      client: "Let's catch up next week?",
      draft: 'Sounds good \u2014 Tuesday at 10?',
    },
    {
      name: 'a holding answer says when the answer will come',
      client: 'Can you find out if the printer lease can be cancelled early?',
      draft: "I'm still waiting to hear back from the leasing company about the printer.",
    },
    {
      name: 'an answer line still to fill counts as addressed',
      client: 'Can I pay by card?',
      draft: 'Invoice attached.\n\n[Answer: Can I pay by card?]',
    },
  ];

  it('reads every unanswered message, oldest first', () => {
    const context = ctx(['Also, who else is coming?', 'Can you share the seating plan?']);
    const found = of(run('See you Tuesday!', context), 'unanswered-question');
    expect(found.map(askQuoted)).toEqual(['Can you share the seating plan?', 'Also, who else is coming?']);
  });

  it.each(answered)('no finding: $name', ({ client, draft }) => {
    expect(of(run(draft, ctx(client)), 'unanswered-question')).toEqual([]);
  });

  it('answer lines read naturally for requests and quote questions', () => {
    expect(answerLineFor('Hi Sam, can you send me the PNG icons?')).toBe('About the PNG icons: [answer]');
    expect(answerLineFor('Please let me know if the 3pm still works.')).toBe(
      'About whether the 3pm still works: [answer]',
    );
    expect(answerLineFor("Also, what's the deadline for the copy?")).toBe(
      "[Answer: What's the deadline for the copy?]",
    );
    expect(answerLineFor('Order 200 lanyards')).toBe('About 200 lanyards: [answer]');
  });

  it('anchors on the last sentence of the body and appends at the end without a sign-off', () => {
    const draft = 'Thanks, noted.';
    const [f] = of(run(draft, ctx('Can you recommend a good accountant?')), 'unanswered-question');
    expect(f.text).toBe('Thanks, noted.');
    expect(applySuggestion(draft, f.suggestions[0])).toBe('Thanks, noted.\n\nAbout a good accountant: [answer]');
  });
});

describe('unacknowledged-complaint', () => {
  const cases: Array<{ name: string; client: string; draft: string; fixed: string }> = [
    {
      name: 'a silent fix after a complaint about a mistake',
      client: "I'm really disappointed that the flyers arrived with the wrong phone number.",
      draft: 'Hi Priya,\n\nThe flyers have been reprinted with the correct number.\n\nBest,\nSam',
      fixed:
        "Hi Priya,\n\nI'm sorry about the trouble this has caused \u2014 thank you for flagging it. The flyers have been reprinted with the correct number.\n\nBest,\nSam",
    },
    {
      name: 'the client had to chase (inline greeting keeps its line)',
      client: 'This is the third time I have asked for the login details.',
      draft: 'Hi Tom, the login details are below.',
      fixed:
        "Hi Tom, I'm sorry you've had to chase me on this \u2014 thank you for following up. The login details are below.",
    },
    {
      name: 'still waiting',
      client: "We've been waiting over a week for a response.",
      draft: 'Please find the documents attached.',
      fixed: "I'm sorry about the wait on this \u2014 thank you for flagging it. Please find the documents attached.",
    },
    {
      name: 'figures that do not add up',
      client: "The figures in the report don't add up.",
      draft: 'Corrected report attached.',
      fixed: "I'm sorry about the trouble this has caused \u2014 thank you for flagging it. Corrected report attached.",
    },
    {
      name: 'a broken promise',
      client: "We were promised the site by Monday and it's now Thursday.",
      draft: 'The site is now live.',
      fixed: "I'm sorry about the wait on this \u2014 thank you for flagging it. The site is now live.",
    },
    {
      name: 'it keeps happening',
      client: "The cleaner didn't show up again today. This keeps happening.",
      draft: "I've booked a different cleaner for tomorrow at 8am.",
      fixed:
        "I'm sorry this has happened again \u2014 thank you for flagging it. I've booked a different cleaner for tomorrow at 8am.",
    },
  ];

  it.each(cases)('$name', ({ client, draft, fixed }) => {
    const context = ctx(client);
    const found = of(run(draft, context), 'unacknowledged-complaint');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('serious');
    expect(applySuggestion(draft, found[0].suggestions[0])).toBe(fixed);
    expectFixClears(draft, context, found[0]);
  });

  const fine: Array<{ name: string; client: string; draft: string }> = [
    {
      name: 'apology',
      client: 'The invoice has the wrong company name on it.',
      draft: 'Sorry about that, my mistake. The corrected invoice is attached.',
    },
    {
      name: 'acknowledged without "sorry"',
      client: 'The delivery was late again and the driver was rude.',
      draft: "Thanks for telling me \u2014 that's not acceptable, and I've raised it with the courier.",
    },
    {
      name: '"you\'re right"',
      client: "I'm still waiting on the report you promised.",
      draft: "You're right to chase. The report is attached.",
    },
    { name: 'no complaint at all', client: 'Thanks for the update, looks great!', draft: 'Glad you like it!' },
    {
      name: 'the client owns the mistake',
      client: 'Sorry, I sent the wrong file earlier \u2014 here is the right one.',
      draft: 'Thanks, got it.',
    },
    {
      name: 'reassurance is not a complaint',
      client: 'No rush on this, and no problem if it slips.',
      draft: 'Thanks, noted.',
    },
    {
      name: 'a plain follow-up is not a complaint',
      client: 'Just checking in on the proposal.',
      draft: 'Proposal attached.',
    },
  ];

  it.each(fine)('no finding: $name', ({ client, draft }) => {
    expect(of(run(draft, ctx(client)), 'unacknowledged-complaint')).toEqual([]);
  });
});

describe('long-wait', () => {
  it('over the target without thanks: suggests thanking them after the greeting', () => {
    const draft = 'Hi Marcus,\n\nThe logo concepts are attached.';
    const context = ctx('Any news on the logo?', 1200, 480);
    const found = of(run(draft, context), 'long-wait');
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe('The logo concepts are attached.');
    expect(applySuggestion(draft, found[0].suggestions[0])).toBe(
      'Hi Marcus,\n\n' + PATIENCE_LINE + ' The logo concepts are attached.',
    );
    expectFixClears(draft, context, found[0]);
  });

  it.each([
    ['exactly the target is not over it', 'See you at 3pm.', 480, 480],
    ['under the target', 'See you at 3pm.', 100, 480],
    ['unknown wait', 'See you at 3pm.', null, 480],
    ['thanked for patience', 'Thanks for bearing with me \u2014 see you at 3pm.', 900, 480],
    ['apologised for the slow reply', 'Apologies for the slow reply. See you at 3pm.', 900, 480],
  ] as Array<[string, string, number | null, number]>)('no finding: %s', (_name, draft, waited, sla) => {
    expect(of(run(draft, ctx('Does 3pm work?', waited, sla)), 'long-wait')).toEqual([]);
  });

  it.each([
    'Apologies for the radio silence.',
    'Sorry for going quiet on this.',
    'Sorry for the hold-up.',
    'Sorry to have kept you waiting.',
    'Thanks for sticking with me on this.',
    'I really appreciate your patience.',
  ])('acknowledges the wait: %s', (opening) => {
    const draft = opening + ' The corrected file is attached.';
    expect(of(run(draft, ctx('Can you send the corrected file?', 2000)), 'long-wait')).toEqual([]);
  });

  it('after a complaint about waiting, owning it acknowledges the wait too', () => {
    const client = "I've been waiting all week for the corrected file and it's still not here.";
    expect(run("That's on me. The corrected file is attached.", ctx(client, 2000))).toEqual([]);
    expect(run('My apologies \u2014 the corrected file is attached.', ctx(client, 2000))).toEqual([]);
    // An apology for something else still leaves the wait unacknowledged.
    const typo = run('Sorry for the typo. The corrected file is attached.', ctx(client, 2000));
    expect(of(typo, 'long-wait')).toHaveLength(1);
  });

  it('an apology for something else does not acknowledge the wait', () => {
    const draft = 'Sorry for the typo in my last email \u2014 corrected PDF attached.';
    expect(of(run(draft, ctx('Can you send the corrected PDF?', 700, 600)), 'long-wait')).toHaveLength(1);
  });

  it('with the real engine: an excuse for the delay carries the fix for the wait', () => {
    const draft = "I was off sick yesterday so the report is late. It's attached now.";
    const engine = analyze(draft, { wholeText: true }).findings;
    expect(engine.some((f) => f.category === 'excuse')).toBe(true);
    expect(of(run(draft, ctx('Any update on the report?', 900), engine), 'long-wait')).toEqual([]);
    expect(of(run(draft, ctx('Any update on the report?', 900), []), 'long-wait')).toHaveLength(1);
  });

  it('leaves the wait to the excuse rewrite when that already thanks the client', () => {
    const draft = "Sorry, it's been crazy busy here. The report is attached.";
    const excuse: Finding = {
      ruleId: 'excuse',
      category: 'excuse',
      severity: 'serious',
      start: 0,
      end: 30,
      text: draft.slice(0, 30),
      message: 'excuse',
      suggestions: [
        { label: 'Thank them instead', edits: [{ start: 0, end: 30, text: 'Thank you for your patience.' }] },
      ],
    };
    const context = ctx('Any update on the report?', 900, 480);
    expect(of(run(draft, context, [excuse]), 'long-wait')).toEqual([]);
    expect(of(run(draft, context, []), 'long-wait')).toHaveLength(1);
    // An excuse outside the new text does not count.
    const elsewhere = { ...excuse, start: 200, end: 230 };
    expect(of(run(draft, context, [elsewhere]), 'long-wait')).toHaveLength(1);
  });
});

describe('without a readable thread', () => {
  it.each([
    ['no messages', []],
    ['only blank messages', ['', '   \n']],
  ] as Array<[string, string[]]>)('%s: no thread findings at all', (_name, messages) => {
    const draft = 'Here you go.';
    expect(
      threadFindings(
        draft,
        { start: 0, end: draft.length },
        { clientMessages: messages, waitedBusinessMinutes: 5000, slaMinutes: 480 },
        [],
      ),
    ).toEqual([]);
  });
});

describe('where suggestions go', () => {
  const context = ctx("This is the third time I've asked. Can you send the invoice?", 900);
  const cases: Array<[string, string, Category, string]> = [
    [
      'greeting and sign-off only: own paragraph',
      'Hi Dana,\n\nBest,\nSam',
      'long-wait',
      'Hi Dana,\n\nThank you for your patience.\n\nBest,\nSam',
    ],
    [
      'greeting and sign-off only: answer line',
      'Hi Dana,\n\nBest,\nSam',
      'unanswered-question',
      'Hi Dana,\n\nAbout the invoice: [answer]\n\nBest,\nSam',
    ],
    [
      'a name and a dash as the greeting',
      'Dana -\n\nThe report is attached.\n\nThanks,\nSam',
      'long-wait',
      'Dana -\n\nThank you for your patience. The report is attached.\n\nThanks,\nSam',
    ],
    [
      'a lower-case start gets its capital',
      'the report is attached',
      'long-wait',
      'Thank you for your patience. The report is attached',
    ],
    [
      'a long signature block still counts as the sign-off',
      'Hi Dana,\n\nThe report is attached.\n\nBest,\nSam Reyes\nSenior Account Manager, Reyes Virtual Assistance Ltd',
      'unanswered-question',
      'Hi Dana,\n\nThe report is attached.\n\nAbout the invoice: [answer]\n\nBest,\nSam Reyes\nSenior Account Manager, Reyes Virtual Assistance Ltd',
    ],
    ['an empty reply', '', 'long-wait', 'Thank you for your patience.'],
  ];
  it.each(cases)('%s', (_name, draft, category, fixed) => {
    const [f] = of(run(draft, context), category);
    expect(f.text).toBe(draft.slice(f.start, f.end));
    expect(applySuggestion(draft, f.suggestions[0])).toBe(fixed);
    expectFixClears(draft, context, f);
  });
});

describe('CRLF drafts', () => {
  it("finds the sign-off and inserts lines with the draft's own line breaks", () => {
    const draft = 'Hi Dana,\r\n\r\nUpdated budget attached.\r\n\r\nBest,\r\nSam';
    const context = ctx('Can you send the budget? Could you also check the deposit?', 900);
    const found = run(draft, context);
    const ask = of(found, 'unanswered-question')[0];
    expect(applySuggestion(draft, ask.suggestions[0])).toBe(
      'Hi Dana,\r\n\r\nUpdated budget attached.\r\n\r\nAbout the deposit: [answer]\r\n\r\nBest,\r\nSam',
    );
    const wait = of(found, 'long-wait')[0];
    expect(applySuggestion(draft, wait.suggestions[0])).toBe(
      'Hi Dana,\r\n\r\nThank you for your patience. Updated budget attached.\r\n\r\nBest,\r\nSam',
    );
    expectFixClears(draft, context, ask);
  });
});

describe('language', () => {
  it('a reply that is not in English gets no thread findings, like the engine', () => {
    const draft = 'Hallo Dana, die Dateien sind im Anhang und ich bin nicht sicher, ob das reicht.';
    expect(run(draft, ctx('This is the third time I have asked. Can you send the logo?', 900))).toEqual([]);
  });
});

describe('offsets into a larger text', () => {
  it('reads only the new text and points into the full text', () => {
    const quoted = '\n\nOn Mon, Dana wrote:\n> Can you send the deck? When is the review?';
    const draft = 'Hi Dana,\n\nThe deck is attached.\n\nBest,\nSam' + quoted;
    const newEnd = draft.indexOf(quoted);
    const found = threadFindings(
      draft,
      { start: 0, end: newEnd },
      ctx('Can you send the deck? When is the review?'),
      [],
    );
    expect(found.map(askQuoted)).toEqual(['When is the review?']);
    expect(found[0].text).toBe(draft.slice(found[0].start, found[0].end));
    expect(applySuggestion(draft, found[0].suggestions[0])).toBe(
      'Hi Dana,\n\nThe deck is attached.\n\n[Answer: When is the review?]\n\nBest,\nSam' + quoted,
    );
  });
});

describe('hostile input', () => {
  it('a 1 MB client message: bounded asks, no throw', () => {
    const huge = 'Can you send file number 1? '.repeat(40000);
    const found = run('Ok.', ctx(huge));
    expect(of(found, 'unanswered-question').length).toBeLessThanOrEqual(MAX_ASKS);
  });

  it('a 1 MB message of distinct asks stops at the cap', () => {
    let huge = '';
    for (let i = 0; huge.length < 1000000; i++) huge += 'Could you check item' + i + 'x? ';
    const found = run('Ok.', ctx(huge));
    expect(of(found, 'unanswered-question')).toHaveLength(MAX_ASKS);
  });

  it('a 1 MB draft and odd characters', () => {
    const draft = 'aaaa '.repeat(200000) + '\u0000\ud800[[[' + '?'.repeat(1000);
    expect(() => run(draft, ctx('Why?? \u0000 ' + '('.repeat(50000) + ' can you?'))).not.toThrow();
  });

  it('bad arguments do not throw', () => {
    const bad = null as unknown as ThreadContext;
    expect(threadFindings('text', { start: 0, end: 4 }, bad, [])).toEqual([]);
    expect(threadFindings(undefined as unknown as string, { start: 0, end: 4 }, ctx('Can you?'), [])).toEqual([]);
    expect(() =>
      threadFindings('Hi.', { start: -5, end: 999 }, ctx('Can you send it?', NaN, NaN), null as unknown as Finding[]),
    ).not.toThrow();
    expect(() =>
      threadFindings(
        'Hi.',
        { start: 2, end: 1 },
        {
          clientMessages: [42 as unknown as string, 'Can you send the deck?'],
          waitedBusinessMinutes: 10,
          slaMinutes: 5,
        },
        [],
      ),
    ).not.toThrow();
  });
});
