/**
 * Apologies for a slow reply. On their own they are fine; next to an excuse they go with it,
 * because the fix thanks the client for their patience instead.
 */
export const APOLOGY_PATTERNS: string[] = [
  '@intens? @intens? (sorry|apologies|apologise|apologize|apologizing|apologising) (again)? (for|about)? (the|my|our)? @intens? (late|delayed|slow|tardy)? (delay|delays|response|reply|replies|answer|wait|silence|radio silence|lateness)',
  '@intens? @intens? (sorry|apologies) (again)?',
  '(i|we) (am|are)? @intens? (sorry|apologise|apologize) @intens?',
  '(i|we) (do)? (apologise|apologize) (again)? (for)? (the|my|our)? (late|delayed|slow)? (delay|response|reply|wait)?',
  '@intens? @intens? (sorry|apologies) (for|about) (not|never) (getting|responding|replying|writing|answering|coming) (back)? (to you)? (sooner|earlier|yesterday|before now|until now)?',
  '@intens? @intens? (sorry|apologies) (i|we) (am|are|have|was|did)? (not)? (late|slow|delayed|been|missed|taken|took|got) _4',
  '@intens? @intens? (sorry|apologies) (it|this) (has)? (took|taken|been) _5',
  '(sorry|apologies) for (the)? (late|slow|delayed) (reply|response|answer)',
  '(thanks|thank you) for (waiting|your patience|bearing with me|being patient)',
  '(forgive|excuse|pardon) (the|my|our) (radio silence|silence|delay|slow reply|late reply|tardiness|lateness|slow response)',
  '@intens? @intens? (sorry|apologies) (again)? (for|about) (the|my|our)? @intens? (late|delayed|slow|tardy)? (delivery|turnaround|update|email|message|getting back|reply|response)',
];
