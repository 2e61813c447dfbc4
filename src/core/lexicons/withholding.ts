import type { PhraseFamily } from '../rule';

/** Stonewalling and refusing to explain. */
export const WITHHOLDING_FAMILIES: PhraseFamily[] = [
  {
    message: 'refuse',
    label: 'Offer the explanation',
    fix: { kind: 'sentence', with: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.' },
    patterns: [
      '(i|we) (can not|will not|would rather not|would prefer not to|do not want to|am not going to|are not going to|am not able to|do not have to|do not need to|refuse to|prefer not to) @intens? (go into|get into|explain|discuss|share|say|tell you|justify|elaborate|comment|disclose|give you|get in to) (it|that|this|why|the details|details|the reasons|my reasons|the specifics|specifics|more|any more|anymore|further|much|how|what)?',
      '(you|you really) (do not) (need|have) to (know|understand|worry about) (why|how|the details|the reasons|that|this)',
      '(just|please just|you will just have to|you will have to|you need to|you just need to) (trust me|trust us|take my word for it|take our word for it|accept it|leave it with me)',
      '(because|cause|coz) (i|we) (said so|say so)',
      '(that is|it is|this is) (just)? (how|the way) (it is|things are|it works|we do things|it goes) ,?',
      '(no comment|end of discussion|end of story)',
      '(it is|that is|this is) (complicated|a long story|none of your concern|none of your business|not something i can explain|not up for discussion|not open for discussion|not your concern|not important why|internal)',
      '(that is|this is|it is) (all|everything) (i|we) (can|am able to|will) (say|tell you|share)',
      '(there is|there are) (reasons|a reason) (for|why) (it|this|that)? ,? (but)? (i|we) (can not|will not|would rather not)',
      '(i|we) (do not|will not) (owe|have to give) you (an|any)? (explanation|reason|reasons)',
      '(that is|it is|this is) (confidential|classified|private|need-to-know|need to know|above your pay grade|on a need-to-know basis)',
      '(does not|do not) matter (why|how|what happened|what went wrong)',
      'not at liberty to (say|discuss|share|disclose|explain|comment)',
      '(i|we) (would rather|would prefer to|prefer to) not (get into|go into|say|discuss|explain)',
      '(do not|do not really) think (it is|that is|it would be) (necessary|needed|important|worth it|relevant) to (explain|go into|justify|share|discuss|get into)',
      '(is|was) (an|a purely)? internal (matter|issue|decision|affair|thing)',
      '(not|no) (necessary|need|point) (for me|for us)? to (explain|go into|justify|share|discuss|get into)',
      '(the price is the price|it is what it is|the rules are the rules|a deal is a deal|policy is policy|rules are rules|that is that|that is final|and that is that)',
      'let us not (get into|go into|discuss|dwell on|talk about) (it|that|this|the details|why)',
      '(i|we) (will not|am not going to|are not going to) be (sharing|explaining|discussing|giving|providing|going into|disclosing|releasing)',
      '(not|hardly) (really)? (relevant|important|necessary|your concern) (to|for) you',
      '(there were|there are|there was) (reasons|a reason|various reasons|some reasons) ,? (but|and)',
      '(i|we) (can not|could not|will not) (really)? (say|tell you|explain) (what|why|how) (happened|it happened|this happened)',
    ],
    unless: ['(happy|glad|pleased) to (explain|walk|go through|share|discuss)', 'let me explain', 'here is (why|how|the reason)', '(nda|privacy|gdpr|legal reasons|legally|data protection)', 'until (i|we) (hear|confirm|check|know)', '(but|however) (i|we) (can|could|will)'],
  },
];
