import type { PhraseFamily } from '../rule';

/** Declaring inability or insulting yourself. */
export const SELF_DOUBT_FAMILIES: PhraseFamily[] = [
  {
    message: 'insult',
    label: 'Drop the self-criticism',
    fix: { kind: 'drop', fallback: 'Here is what I will do: [next step and time].' },
    patterns: [
      '(i|we) (am|are|was|were|feel|feel like) (such an|such a|a real|a bit of an|a bit of a|such|a|an|so|really|totally|completely|the|an absolute|a complete|a total)? @intens? (idiot|moron|fool|disaster|failure|useless|hopeless|stupid|dumb|incompetent|clueless|pathetic|dense|airhead|dummy|muppet|numpty|dope|doofus|klutz|dingbat|eejit|twit|ditz|dunce|plonker|liability|scatterbrain|scatterbrained|a fraud|an imposter|an impostor)',
      '(silly|stupid|dumb) (me|of me)',
      '(i|we) (am|are|feel|was|were) @intens? @intens? @promisesinept',
      '(i|we) (am|are) @intens? @intens? @intens? (embarrassingly|hopelessly|terribly|ridiculously)? (slow|bad|poor|weak|no good|not good|not great) (at|with|on the uptake)',
      '(i|we) (am|are) @intens? no !(longer|stranger|strangers|doubt|different|less|more|one|way|rush|hurry|problem|trouble|worries|better) %',
      'what (an|a) (idiot|moron|fool|numpty|muppet|dummy|twit|airhead) (i am|i have been|i was)',
      'being such a (muppet|idiot|fool|numpty|pain|dummy)',
      'what (was|were) (i|we) thinking',
    ],
    unless: ['(you|your) (are|were)', 'not (that|so)? (bad|terrible)'],
  },
  {
    message: 'inability',
    label: 'Say what you will do',
    fix: { kind: 'sentence', with: 'Here is what I will do: [next step and time].' },
    patterns: [
      '(i|we) (am|are) @intens? (the)? (worst|last) (person|at)',
      '(i|we) (suck|stink) at',
      // denies the skill
      '(i|we) (am|are) @intens? (not|no|never) (very|that|particularly|terribly|really|so|too|especially|exactly|the|always|all|much|any)? (most)? @promisesskilled',
      '(i|we) (may|might|will|would|could) (not|never) be @intens? @promisesskilled',
      '(i|we) (am|are) @intens? (not|no) @intens? (much of)? (a|an)? @intens? @promisesskilled? (expert|designer|writer|photographer|pro|natural|genius|techie|artist|specialist|wordsmith|speller|typist|estimator|planner|organiser|organizer|communicator|(numbers|people|tech|detail|details|words|design|maths|math|computer) person)',
      '(i|we) (am|are) (a|an) @intens? @promisesinept',
      '(not|never) (been)? @intens? (my|our) (strong point|strong suit|forte|thing|strength|area|field|cup of tea)',
      '(never been|not been|never really been) (much|any) good (at|with)',
      '(my|our) % (is not|are not|has never been|have never been) @intens? (good|great|strong|up to scratch)',
      '(not sure|doubt|unsure) (if|whether|that)? (my|our) % (is|are) (good|strong) enough',
      '(my|our|i have a|i have an|i have such a) @intens? @promisesinept (memory|eye|sketch|drawing|handwriting|spelling|maths|math|english|attempt|effort|mock-up|mockup|photos|design|writing|sense)',
      '(sorry|apologies|forgive me) (for|if) (my|this|these|it|they) (is|are|looks|look|seems|seem)? @intens? (@promisesinept|a mess|a disaster|a shambles)',
      '(a bit of a|such a|a total|a complete|an old|a real|bit of a) (dinosaur|luddite|technophobe|newbie|novice|amateur)',
      // doubts they can do it
      '(doubt|not sure|unsure|not certain|not convinced|not confident|do not know|do not think) (if|whether|that)? (i|we) (can|could|will|would|will be able to|would be able to|am able to|will manage to) @intens? (pull|handle|manage|deliver|cope|figure|do|get|fix|translate|take on|solve|match|help)',
      '(not sure|unsure|not certain|not convinced|doubt|do not know|do not think) (if|whether|that)? (i|we) (am|are|will be|would be|have) @intens? (capable|able|@promisesskilled|good enough|(the)? (best|right|ideal) (person|fit|choice)|up to|cut out|what it takes|the skills)',
      '(i|we) (have) @intens? (zero|no|little|limited|not much|not a lot of) (experience|knowledge|expertise|training|background) (with|in|of|doing)',
      '(i|we) (am|are) @intens? not @intens? (the)? (best|right|ideal|most suitable) (person|fit|choice|one)',
      '(doubt|not sure|unsure|not certain|not convinced|not confident) (if|whether|that)? (i|we) _4 (right|correctly|properly)',
      '(not|no|unsure|doubt|wonder) _4 know (what|how) (i|we) (am|are|to)',
      '(better off|best) (asking|going to|finding|hiring|using|getting) (someone|somebody|another|a proper|a real)',
      '(can not|could not) (manage|handle|cope with) (projects|jobs|work|clients|anything) (of|this|that|like)',
      '(can not|never|do not) seem to (get|do) (anything|things|it|this) right',
      '(can not|could not) make head (or|nor) tail',
      'to save (my|our) (life|lives)',
      '(i|we) (lack|do not have) the (expertise|skills|experience|knowledge|ability|know-how|confidence) (to|for|needed)',
      '(i|we) (probably|honestly|really)? (will not|would not) be (much|any|of much|of any) (help|use)',
      '(i|we) (probably|honestly|really)? (should not|should never) (have taken|have accepted|have agreed to|be doing|have taken on) (this|it|the)',
      '(someone|somebody) (more experienced|better|else) (would|could) do (a)? (much)? better',
      '(i|we) (feel|feel like) (such)? (an|a)? (imposter|impostor|fraud|fake)',
      'lost (all)? confidence in (my|myself)',
      // out of their depth
      '(out of|in over|outside) (my|our) (depth|head|league|element|comfort zone)',
      '(is|was) @intens? @intens? @intens? (beyond|above|over) (me|us|(my|our) (skills|skill set|skill level|abilities|ability|capabilities|head|pay grade|depth|experience|expertise|knowledge|competence))',
      '(goes|went|going) @intens? over (my|our) head',
      '(this|it) (is|was|might be) @intens? (too|way too) (hard|complex|difficult|advanced|technical|much) for (me|us)',
      // does not know how
      '(no|zero|not a|not the faintest|not the slightest|not the foggiest) (idea|clue) (what (i|we) (am|are|was|were)|how to (use|do|set up|fix|work)|how _2 (works|work))',
      '(i|we) (do not|did not) @intens? (know|understand) (what|how) (i|we) (am|are|was|were|to)',
      '(i|we) (have)? (never|not) @intens? (known|learned|learnt|understood|figured out|got the hang of) (how|what)',
      '(who knows|not sure|no idea|do not know|unsure) (if|whether) (i|we) (have|did|am) (done|doing|got|getting)? (it|this|that|them|any of this)? (right|correctly|properly)',
      '(i|we) (have|had) never done (this|anything like this|one of these) before',
      '(i|we) (am|are) (struggling|struggling a lot|really struggling) (with|to) (this|it|figure|understand|get)',
      '(i|we) (am|are) @intens? (new|a beginner|a novice|a newbie|inexperienced|an amateur|a rookie|a total beginner|still learning) _4 (expect|mistakes|bear with|do not @intens? know|not sure)',
      // expects to have botched it
      '(probably|likely|possibly|chances are|every chance|good chance|odds are|sure|suspect|bet|fear|no doubt|bound to have|maybe|reckon|think|guess|imagine) _3 (@promisesbotch|get+ (it|this|that|everything|them|these|the %|the % %|my %) @intens? wrong|made (a|such a)? @intens? (mess|hash|muddle)|made (loads of|lots of|plenty of|a lot of|many|so many)? (mistakes|errors)|(going to|gonna) (mess|screw|muck|stuff))',
      '(i|we) (have)? @promisesbotch (it|this|things|everything|them)? (up)? again',
      '(i|we) (always|usually|keep|tend to) (@promisesbotch|messing|screwing|make a mess|making a mess|get (it|this|things) wrong)',
      '(make|made|making) (a|such a)? (complete|total|right|real)? @intens? (mess|hash|muddle) of (your|the|this|these|it)',
      '(this|it|that|these|they|mine) (is|are) (probably|likely|most likely|possibly|almost certainly) @intens? (wrong|rubbish|terrible|a mess|garbage|off)',
      '(this|it|mine) (is|might be|may be|could be|sounds|will sound) (like)? (a|an)? @intens? (dumb|stupid|silly|daft|naive|idiotic) (question|suggestion|idea|point)',
      'bound to be (mistakes|errors|typos)',
      '(do not|please do not) expect too much',
      '(do not|would not|never|can not) trust (my|our) (own)? %',
      '(kind of|sort of)? winged it',
      '(out of|run out of) ideas',
      'first time (i|we) (have)? (used|done|tried|made|built)',
    ],
    unless: [
      '(can not|could not) (do|make) (it|that) (on|at|by|this|next|today|tomorrow|monday|tuesday|wednesday|thursday|friday)',
      'attend',
      'reasons',
      'make (the|that|this) (call|meeting)',
      '(corrected|fixed|rectified) (version|copy|it|the|now)',
      '(here is|attached is) the (corrected|fixed|updated)',
    ],
  },
];

/** A limit stated with a concrete next step is honest scoping, not self-doubt. */
const HANDED_ON = [
  '(so|and|but) (i|we) (have|will|am|are|already)? (found|asked|passed|referred|brought in|introduced|arranged|contacted|booked|lined up|hired|engaged|looped in|copied|forwarded|sent)',
  '(who|she|he|they) (will|can|is going to) (reply|send|start|review|help|take|handle|look)',
];
for (const family of SELF_DOUBT_FAMILIES) family.unless = (family.unless || []).concat(HANDED_ON);
