import type { PhraseFamily } from '../rule';

/** Telling the client they are not the priority. */
export const DEPRIORITIZING_FAMILIES: PhraseFamily[] = [
  {
    message: 'notPriority',
    label: 'Give a concrete time',
    fix: { kind: 'sentence', with: 'I\'ll have this to you by [day and time].' },
    patterns: [
      '(other|bigger|more important|more urgent|larger|paying|higher-paying|priority) (clients|customers|projects|jobs|accounts) (come|comes|take|takes|get|have|are|were) (first|priority|precedence|ahead)',
      '(i|we) (have|had|am juggling) (other|bigger|more important|more urgent|several other|many other|lots of other|a lot of other) (clients|customers|projects|jobs|priorities|accounts|things) (to (deal with|handle|take care of|get to|look after)|that come first|ahead of you|before you|first|on the go)',
      'you (are|are not|were|were not) (not)? (my|our) (only|one and only|top|first|main|biggest|most important) (client|customer|priority|project)',
      '(you|your (project|request|job|task|email|question)) (is|are|was|will be) (not)? (at the)? (bottom|end|back|low|lower|last|next) (of|on|in)? (my|our|the) (list|pile|queue|priorities|list of priorities|to-do list|todo list)',
      '(you|your (project|request|job|task|email)) (is|are|was) not (a|my|our|the|high|top)? (priority|priority right now|top priority|high priority|urgent to me)',
      '(not|is not) (a|my|our) (top|high|main)? priority (right now|at the moment|at the minute|this week)',
      '(when|whenever|once|if) (i|we) (get|got) (round|around|a chance|the chance|some time|time|a spare moment|a free moment) (to it|to that|to this|to you|to them)?',
      '(when|whenever|once|if) (i|we) (have|find|get) (a|some)? (spare|free)? (time|moment|minute|second|chance) (for you|for it|for this|for that)?',
      '(i|we) (will|can|could) (fit|squeeze|slot) (you|it|this|that|your (project|request|job)) (in|into) (when|whenever|somewhere|later|at some point|if)',
      '(you|you will) (have|need) to (wait|get in line|queue) (your turn|in line|like everyone else|like everybody else)?',
      '(like|as with) (everyone|everybody|all my clients|any other client) (else)? , you (will|have to|need to|must)',
      '(i|we) (am|are) (busy|focused|focusing|tied up) (with|on) (bigger|more important|more urgent|paying|other|larger|better) (clients|customers|projects|jobs|work|things)',
      '(it|this|that|your (request|project|task)) (can|will|has to|needs to|must) (wait|take a back seat|go on the back burner)',
      '(on|to) the back burner',
    ],
    unless: ['(no rush|no hurry) (on your end|for you|at all)?', 'whenever (works|suits) (for)? you', 'you (are|were) (our|my) (top|first|number one) priority'],
  },
];
