/**
 * Apologies for a slow reply. On their own they are fine; next to an excuse they go with it,
 * because the fix thanks the client for their patience instead.
 */
export const APOLOGY_PATTERNS: string[] = [
  '@intens? @intens? (sorry|apologies|apologise|apologize|apologizing|apologising) (again)? (for|about)? (the|my|our)? @intens? (late|delayed|slow|tardy)? (delay|delays|response|reply|replies|answer|wait|silence|radio silence|lateness|delivery|turnaround|update|email|message|getting back)',
  '@intens? @intens? (sorry|apologies) (again)?',
  '(i|we) (am|are)? @intens? (sorry|apologise|apologize) @intens?',
  '@intens? @intens? (sorry|apologies) (for|about) (not|never) (getting|responding|replying|writing|answering|coming|calling|ringing|phoning|following|returning) (back|up)? (to you)? (sooner|earlier|yesterday|before now|until now)?',
  '@intens? @intens? (sorry|apologies) (i|we) (am|are|have|was|did)? (not)? (late|slow|delayed|been|missed|taken|took|got) _4',
  '@intens? @intens? (sorry|apologies) (it|this) (has)? (took|taken|been) _5',
  '(thanks|thank you) for (waiting|your patience|bearing with me|being patient)',
  '(forgive|excuse|pardon) (the|my|our) (radio silence|silence|delay|slow reply|late reply|tardiness|lateness|slow response)',
];

/** An apology that is specifically about a delay (an excuse needs a reason next to it as well). */
export const DELAY_APOLOGY_PATTERNS: string[] = [
  '(sorry|apologies|apologise|apologize|forgive|excuse|pardon|sry|soz|apols) (for|about)? (the|my|our)? @intens? (late|slow|delayed|tardy|sluggish)? (delay|delays|silence|radio silence|wait|lateness|tardiness|turnaround|response|reply|replies|gap|lag|lack of)',
  '(sorry|apologies|apologise|apologize) (for|about) (the|my|our) (late|slow|delayed|tardy) %',
  '(sorry|apologies) (for|about|that)? (i|we)? (vanishing|vanished|disappearing|disappeared|(being|been|going|went|gone|dropping|dropped) (so|this)? (slow|late|quiet|silent|awol|missing|dark|mia|the ball|off the radar))',
  '(sorry|apologies) to (have)? (keep|kept) you (waiting|hanging)',
  '(sorry|apologies) (for|about) (not|never) (getting|responding|replying|writing|answering|coming|calling|ringing|phoning|following|returning|updating|confirming) (back|up)?',
  '(sorry|apologies) (it|this|that|they|these|those) (has|have)? (took|taken|is|was|are|were) (me|us)? (so|this|a bit|a while)? (long|late|a while)',
  '(sorry|apologies) (for|about|that)? (i|we)? (missing|missed|did not see|did not reply|have not replied|did not get back|have not got back)',
  '(just|only) (seeing|saw|seen|getting to|got to) (this|your (email|message|note)) (now|today|this morning)',
];

/** Clauses that carry real content or a next step rather than a reason. */
export const CONTENT_CLAUSE_PATTERNS: string[] = [
  '(attached|here is|here are|here it is|please find|see below|below)',
  '^ (yes|no|sure|absolutely|of course|definitely|certainly)',
  '(good|great) news',
  '(came|has come|have come|went) through',
  '(i|we) (have|just|now)? (now)? (logged|passed|forwarded|raised|escalated|sent|attached|added|updated|fixed|made|moved|booked|rescheduled|credited|refunded|checked|confirmed|uploaded|shared|put|set|included|sorted|finished|done|completed|created|drafted|written|answered|called|emailed|ordered|arranged|replied|changed|improved|set up|automated|streamlined|corrected|resent|replaced|redone|reissued|reviewed|approved|signed|tested|read|upgraded)',
  '((i|we) (will|can|shall|am going to|are going to)|will (call|ring|email|phone|get back|contact|be in touch))',
  '(let me know|thank you|thanks|please|could you|can you|would you)',
  '(i|we) (am|are) (now)? (free|available)',
  'if you (would|want|need|like|prefer)',
  '(is|are|works|sounds|suits) (perfect|fine|great|good|ideal)',
  "(is|are|was|were|has been|have been|'s) (now)? (attached|ready|live|done|booked|confirmed|sorted|fixed|updated|below|included|on its way|on their way|with you|processed|sent|shipped|paid|approved|signed|delivered|scheduled|resolved|completed|posted|published|refunded|credited|arranged|released)",
  '(should|will) (reach|arrive|be with|land)',
  '(rung|rang|called|phoned) (you)? back',
  '(can|will) (easily)? be',
  '(arrive|arrives|arriving|land|lands|ship|ships|due) (on|by|at|this|next)? (@time|#)',
  '(the|your) (answer|short answer|quote|figures|total|price|report|file|files|draft|invoice|link|update|details|numbers|options) (is|are)',
  '(this|it|that) (is|was) (a|an|the)? (great|good|fair) (question|point)',
];
