import type { PhraseFamily } from '../rule';

/** A writer declining ("I won't", "we're not at liberty to"). */
const REFUSE =
  '(can not|could not|will not|(would (really)? rather|would prefer|prefer|best|better|would sooner|rather) not (to)?|(am|have been|was|were|been)? (under (strict)? instructions|told|asked|instructed) not to|do not (want|have|need) to|(am|are|is)? (not|never) (going|gonna|about|prepared|willing|at liberty|in a position|obliged|able|allowed|permitted) to|(am|are) unable to|(am|are) not here to|refuse to|decline to|have no intention of)';
/** The explanation, by its head word: a pattern that starts here is looked up by it, not tried at every "the". */
const REASON_HEAD =
  '(@withholdingreason|story|backstory|back-story|saga|how|explanations|history|criteria|version|what (happened|went on|caused it))';
const REASON =
  "(the|my|our|any|a|an)? (% 's)? (full|gory|long|exact|finer|whole|detailed|itemised|itemized)? " + REASON_HEAD;
const PRIVATE =
  '(((commercially|strictly)? @withholdingsecret (information|info)?|restricted|(commercially|highly|very) sensitive) !%|(our|my) (own)? (business|affair|concern)|(our|my) own !%|not (really)? (public|relevant|important|your (concern|business))|none of your|(a (private)? matter)? between (me|us|ourselves|the %) (and|!%)|off limits|off-limits|for (me|us|the %) to (know|worry about)|(our|my)? secret sauce|above your pay grade|neither here nor there)';
/** Telling it. */
const TELL =
  '(@withholdingtell|speak to|drag+|rake+ up|share|say|tell|give|talk about|pass on|go into|get into|break down|name+|open up about|go through|comment on|release|publish+|provide|answer|rehash)';
const WHAT =
  '(it|that|this|them|why|what|which|who|how|more|much|too much|any more|anymore|anything|further|the ins and outs|the whys|the weeds|the past|chapter and verse|' +
  REASON +
  ')';

/** Stonewalling and refusing to explain. */
export const WITHHOLDING_FAMILIES: PhraseFamily[] = [
  {
    message: 'refuse',
    label: 'Offer the explanation',
    fix: {
      kind: 'sentence',
      with: 'Happy to explain: [the reason]. If it helps, we can also go through it on a quick call.',
    },
    patterns: [
      '(@me|^|sorry) (' +
        REFUSE +
        ' (really|be|get drawn into|bother)?|(am|are) not (comfortable)?) ((get|getting)? drawn (on|into)|@withholdingtell|@withholdingtelling|(say|tell you|answer|get into|go into) (tbh|!%)|put (it|that|this)? in (writing|an email|email)|(walk+|take+|talk+) you through|go there|go on record|dwell+ on|put ' +
        REASON +
        '|((go|going) (back)? over|bore+ you with|(dig|delve|going|getting|bogged down) into|providing|giving|' +
        TELL +
        ' (you)?) ' +
        WHAT +
        ')',
      '(we|i) (do not|never) (' + TELL + ' (out)?|hand out) (our|internal|individual|' + WHAT + ')',
      '(not|never) (something|one|information|a story) (@me|you) _3 (need to know|@withholdingtelling|' + TELL + ')',
      '(no need|not necessary) for you to (know|understand)',
      '(not|never) (authorised|authorized|cleared|permitted|allowed) (me|us) to ' + TELL,
      '(the less (said|you know|detail)|left unsaid)',
      'without (going into|getting into|giving|stating|@withholdingtelling) ' + WHAT,
      'not (up for|open to|open for) (discussion|debate|negotiation)',
      '(will|can|could) not be (shared|disclosed|explained|discussed|revealed|given|released)',
      '((keep+|stay+|remain+) _6 ((internal|private|confidential|in-house) !%|between (me|us|ourselves)|mum|schtum|tight-lipped|quiet (on|about)|(my|our) own counsel|(my|our) cards|under wraps|to (myself|ourselves)|(under|close to) (my|our) (hat|chest)|behind (closed doors|the scenes) !%)|(stays|remains) with (us|me) !%)',
      '((does not|do not) (really)? matter|not worry (yourself)? about|never mind) (why|how come|how it|the (reason|reasons|why))',
      'not ((for|up to) (me|us|you)|(my|our) place) to (question|know|' + TELL + ')',
      'spare+ you ' + WHAT,
      '(reason|reasons|why|whys) aside',
      REASON_HEAD +
        ' (,? but (it|they|that))? _5 (is|are|was|were|stays|stay|remain|remains) (strictly|really|purely|all)? (' +
        PRIVATE +
        '|(not|hardly) (really)? (necessary|worth|important)|a long story)',
      '(' +
        REASON_HEAD +
        '|(does not|do not) think ' +
        REASON +
        ') (does not|do not|did not)? (really)? (matter|concern you)',
      '(that is|it is|this is|that|it|(information|info) _4|figures|numbers|pricing|margins|conversations|discussions) (is|are|stays|remains)? (strictly|purely|all)? ' +
        PRIVATE,
      'not (really)? think (it is|it would be)? (necessary|needed|relevant) to ' + TELL,
      '(an|a purely) internal (matter|decision|affair)',
      '(that is|it is|this is) (just|simply)? (how|the way) (it is|things are|it works|we do (it|things)|it goes|we work|it has to be) !(for|:|with)',
      '(that is|it is|this is|its|^) (just|simply)? (the|our|company|house) (policy|process|rule|rules|procedure) !%',
      'because (i|we) (said|say) so',
      '(' +
        REASON_HEAD +
        ' (is|are)|it is|the price is|rules are|policy is|a deal is) (what (it|they) (is|are)|the price|rules|policy|a deal|(our|my) (reasons|reason))',
      'no comment !(from|yet|field|box)',
      '(end of (story|discussion|it !%|.)|all there is to it|no further (discussion|correspondence|comment|details|information|explanation)|(nothing|no) (more|further|else)? to (say|add|discuss|explain)|(will|shall) say no more|(right not|no obligation) to (give|provide|tell|@withholdingtell)|enter+ into (a|any|further)? (correspondence|discussion|debate)|at (our|my) (sole)? discretion|for (us|me|the %) ,? not (for)? (you|the client|clients))',
      'leave+ it (at that|there|that) !(for|until|and|way)',
      '((that is|this is) (all|as much as|everything) (the (info|information|detail|details))? @me (can|could|will|am|are) _2|all @me (will|am going to)) ' +
        TELL,
      '(no ' + REASON + '|nothing|not (much|a lot)) @me (can|could|am able to) (offer|' + TELL + ')',
      '(leave|leaving|keep+) ' + REASON + ' _3 (out of|to one side|aside)',
      '(happened|done|sorted|over) (now)? ,? (so)? (let us)? (move on|moving on) !to',
      '(^ let us (just)? say !(i|you|,)|suffice (it)? to say)',
      'not owe (you|anyone|anybody) (an|any)? (@withholdingreason|justification)',
      '(request|appeal|application|claim) (has been|was|is) (decline+|reject+|refuse+|deny+) !%',
      'let us (skip the (why|whys|reasons|details)|not (get into|go into|dwell on|talk about|discuss|go there|go over|open|rake|drag|get bogged down))',
      '(do not|best not to|better not to) ask (why|how|for (the|a|any)? @withholdingreason|(me|us) (why !(i|we)|to @withholdingtell)|!%)',
      '(just|have to|need to) (trust (me|us|that)|take ((my|our) word|(it|that|this) on (faith|trust))|accept (it|that|the|our|my))',
      'you (do not|really do not|will not|would not) (need|want|have) (me)? to (know|understand|get started on) (why|how|the|that|this|what|it)',
      '((best|better) you|you (do not|will not|would not) (want|need)) ((do not know|to know) !%|(do not know|to know)? ' +
        REASON +
        ')',
      '((my|our) hands are tied !by|not in the business of|not a (conversation|discussion) (i|we)|not (allowed|permitted) to !%)',
      '^ (why)? (does|did) (it|that|this) (really)? matter \\?',
      '(need-to-know|need to know) (only|basis|,)',
      '(it is|that is) (all)? (complicated|a long story|long story|too technical) ,? (do not|let us|not worth|just|and not)',
      '(there is no|(no|the|much) point|no need|not need|not worth) (in)? (me|us)? (@withholdingtelling|going into|getting into)',
    ],
    unless: [
      '(happy|glad|pleased) to (explain|walk|go through|share|discuss)',
      'here is (why|how|' + REASON + ')',
      '(nda|privacy|gdpr|legal reasons|legally|data protection|security|third part*|with (anyone|anybody)|your (data|details|information|personal))',
      '(until|with you|@me will (send|share|explain|call|walk))',
      '(but|however) (i|we|our %|my %) (can|could|will|would|have) !(keep|spare|not)',
      '(because|since|due to) !(that is how|that is the way|this is how|i said|we said|it is how) (he|she|they|it|the|this|that|our|your|of|we|i|there|each)',
      'instead',
      '(in short|short version|we do (it|things) (here)? :)',
      'so (i|we) (have|will|am|are) !(say|not)',
      '(tell you|explain|say) how (much|pleased|grateful|happy|excited|glad|sorry)',
    ],
  },
];
