import type { PhraseFamily } from '../rule';

/** Declaring inability or insulting yourself. */
export const SELF_DOUBT_FAMILIES: PhraseFamily[] = [
  {
    message: 'insult',
    label: 'Drop the self-criticism',
    fix: { kind: 'drop', fallback: 'Here is what I will do: [next step and time].' },
    patterns: [
      '(i|we) (am|are|was|were|feel|feel like) (such an|such a|a real|a bit of an|a bit of a|such|a|an|so|really|totally|completely|the|an absolute|a complete|a total)? @intens? (idiot|moron|fool|disaster|failure|stupid|dumb|dummy|muppet|numpty|klutz|twit|dunce|scatterbrain|fraud|imposter|impostor|liability|menace|lost cause|basket case|weak link|thumbs)',
      '(silly|stupid|dumb) (me|of me)',
      '(i|we) (am|are|feel|was|were) (an)? @intens? @intens? @intens? @promisesinept !for',
      '(i|we) (am|are) @intens? @intens? @intens? (embarrassingly|hopelessly|terribly|ridiculously|famously|notoriously)? (slow|bad|poor|weak|no good|not good|not great) (at|with|on the uptake)',
      '(i|we) (am|are) @intens? no !(longer|stranger|strangers|doubt|different|less|more|one|way|rush|hurry|problem|trouble|worries|better) %',
      'what (was|were) (i|we) thinking',
    ],
    unless: ['not (that|so)? (bad|terrible)'],
  },
  {
    message: 'inability',
    label: 'Say what you will do',
    fix: { kind: 'sentence', with: 'Here is what I will do: [next step and time].' },
    patterns: [
      '(i|we) (suck|stink) at',
      '(i|we) (am|are) @intens? (not|no|never) (as|very|that|particularly|terribly|really|so|too|especially|exactly|the|always|all|much|any)? (most)? @promisesskilled',
      '(i|we) (am|are) @intens? (not|no|hardly) @intens? (much of)? (a|an)? @intens? @promisesskilled? (expert|designer|writer|photographer|pro|natural|artist|specialist|speller|typist|(numbers|people|tech|detail|details|words|design|maths|math|computer) person)',
      '(not|never) (been)? @intens? (my|our) (strong point|strong suit|forte|thing|strength|area|field|cup of tea|friend)',
      '(i|we) (have)? (never|not) (been|really been) @intens? (good|great|strong|any good|much good|much use) (at|with)',
      '(i|we) (am|are) @intens? (the)? (wrong|worst|last) (person|one|people|at)',
      '(my|our) %? (grasp|understanding|sense|memory|command|skills|knowledge|experience|english|french|spanish|german|grammar|typing|maths|spelling|drawing|drawings|sketches|handwriting) (of %)? (is|are|was|has|have) (always|never)? (been)? @intens? (basic|limited|rusty|poor|weak|shaky|patchy|non-existent|@promisesinept|shocking|atrocious|woeful|dire|embarrassing|laughable|abysmal)',
      'and (i|me) (have never|never|do not|did not) (got on|get on|get along|got along|mix|mixed|see eye to eye)',
      '(my|our) % _2 (is not|are not|has never been|have never been) @intens? (good|great|strong|up to scratch|what it (should|could|used to) be)',
      '(punching above (my|our) weight|more than (i|we) can chew|(brain|memory) (like|of) a (sieve|goldfish))',
      'not (something|a thing) (i|we) (am|are) @intens? @promisesskilled (at|with)',
      '(a bit of a|such a|a total|a complete|an old|a real|bit of a) (dinosaur|luddite|technophobe|newbie|novice|amateur|beginner)',
      '(doubt|not sure|unsure|not certain|not convinced|not confident|do not know|do not think|(who|heaven|god) knows|no idea) (if|whether|that)? (i|we) _4 (pull|handle|manage|deliver|cope|figure|fix|translate|take on|solve|match|right|correctly|properly|justice|(this|it) well)',
      '(doubt|not sure|unsure|not certain|not convinced|not confident|do not know|do not think|(who|heaven|god) knows|no idea) (if|whether|that)? (i|we) (am|are|will be|would be|have) @intens? (capable|able|@promisesskilled|good enough|(the)? (best|right|ideal)? (person|fit|choice|guy)|up to|cut out|what it takes|the (skills|experience)|got it in|it in)',
      '(i|we) (am|are) @intens? not @intens? (the)? (best|right|ideal|most suitable) (person|fit|choice|one)',
      '(not|no|unsure|doubt|wonder) _4 (know|understand) (what|how) (i|we) (am|are|to)',
      '(better off|best) (asking|going to|finding|hiring|using|getting|with) (someone|somebody|another|a proper|a real)',
      '((always|keep) (seem to)? @promisesbotch|(can not|never|do not) seem to (get|do) (anything|things|it|this) right|(can not|never) (get|do) anything right)',
      '(i|we) (have)? @intens? (lack|do not have|never had|zero|no|little|limited|not much) (the|a|any)? (expertise|skills|experience|knowledge|ability|know-how|confidence|knack|talent|aptitude|eye|head|training|background) (to|for|needed|with|in|of|doing)',
      '(struggling|struggle|can not|could not) (to)? (get|wrap) (my|our) head',
      '(i|we) (probably|honestly|really)? (will not be|would not be|am not|are not|am|are) (of)? (much|any|no|little) (help|use)',
      '(someone|somebody|anyone|expert|professional|specialist|proper|qualified) _5 (would|could|might) _3 better (job)? (than (me|us|i)|!%)',
      '(go+|tend to go) (wrong|pear-shaped|badly) (when|whenever|if|every time) (i|we)',
      '((out of|outside) (my|our) (depth|league|element|comfort zone)|in over (my|our) head|flying blind)',
      '(is|was) @intens? @intens? @intens? (beyond|above|over) (me|us|(my|our) (skills|skill set|skill level|abilities|ability|capabilities|head|pay grade|depth|experience|expertise|knowledge|competence))',
      'go+ @intens? over (my|our) head',
      '(no|zero|not a|not got a|not the faintest|not the slightest|not the foggiest) (real)? (idea|clue) (where to (start|begin)|what (i|we) (am|are|was|were)|how to (use|do|set up|fix|work)|how _3 (works|work))',
      '((sorry|apologies) in advance for (the|any|my)? (mistakes|errors|mess|typos)|(i|we) _3 (not|never|too %) (to)? be trusted)',
      '(i|we) (am|are) @intens? (new|a beginner|a novice|a newbie|inexperienced|an amateur|a rookie|a total beginner|still learning) _4 (expect|mistakes|bear with|do not @intens? know|not sure)',
      '(knowing (me|us|my luck) ,?|probably|likely|possibly|chances are|every chance|good chance|odds are|sure|suspect|feeling|worried|afraid|bet|fear|no doubt|bound to have|maybe|reckon|guess|imagine) _3 (@promisesbotch|overcomplicated|get+ (it|this|that|something|everything|them|these|the %|the % %|my %) @intens? wrong|(mixed|muddled) up|made (a|such a)? @intens? (mess|hash|muddle)|made (loads of|lots of|plenty of|a lot of|many|so many)? (mistakes|errors)|(going to|gonna) (mess|screw|muck|stuff)|(riddled|full) with (typos|mistakes|errors))',
      "make+ (a|such a)? (complete|total|right|real)? @intens? (mess|hash|muddle|pig 's ear) of (your|the|this|these|it)",
      '(this|it|mine) (is|might be|may be|could be|sounds|will sound) (like)? @intens? (a|an)? @intens? (dumb|stupid|silly|daft|naive|idiotic) (question|suggestion|idea|point)',
      'expect (too much|much|miracles) (from (me|us)|!%)',
      '(do not|would not|never|can not) trust (myself|ourselves|(my|our) (own)? %)',
      'out of ideas',
      '(wing+ (it|this)|making (it|this|things) up as (i|we) go)',
      '(i|we) (am|are) _6 (finding (my|our) feet|learning the ropes|still learning) !(after|since|back)',
    ],
    unless: ['reasons', '(corrected|fixed|rectified|updated) (version|copy|it|the|now)'],
  },
];

/** A limit stated with a concrete next step is honest scoping, not self-doubt. */
const HANDED_ON = [
  '(so|and|but) (i|we) (have|will|am|are|already)? (found|asked|passed|checked|measured|referred|brought in|introduced|arranged|contacted|booked|lined up|hired|engaged|looped in|copied|forwarded|sent)',
  '(who|she|he|they|our %|my %) (will|can|is going to) (reply|send|start|review|help|take|handle|look|check|advise|call)',
  '((handles|deals with|looks after) (those|these|that|this|it|them|all)|copied in|at (our|my) cost)',
];
for (const family of SELF_DOUBT_FAMILIES)
  family.unless = (family.unless || []).concat(HANDED_ON, '^ why (you|anyone|anybody)', 'you _2 have no');
