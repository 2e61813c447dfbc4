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
      '(my|our) (brain is fried|brain is mush|head is all over the place)',
      '(i|we) (am|are) (the)? (worst|terrible|bad|awful|hopeless|useless|rubbish|garbage|crap|not good|not great|no good|not very good) (at|with) (this|these|that|it|stuff|things|numbers|tech|technology|computers|spreadsheets|excel|design|writing|math|maths|deadlines|emails|admin|details)',
    ],
    unless: ['(you|your) (are|were)', 'not (that|so)? (bad|terrible)'],
  },
  {
    message: 'inability',
    label: 'Say what you will do',
    fix: { kind: 'sentence', with: 'Here is what I will do: [next step and time].' },
    patterns: [
      '(i|we) (have|had) (no|absolutely no|zero) (idea|clue) (what|how) (i|we) (am|are|was|were) (doing|going to)',
      '(i|we) (do not|did not) (really)? (know|understand) what (i|we) (am|are) doing',
      '(i|we) (am|are) (not sure|unsure|not certain) (if|whether|that) (i|we) (can|could|will be able to|am able to|are able to|am capable|am qualified|have what it takes|am up to|am the right person)',
      '(i|we) (can not|could not) (do|handle|manage|figure out|cope with) (this|it|that|any of this|all this) (anymore|any more|at all|myself|properly)?',
      '(this|that|it) (is|was) (way|completely|totally|a bit|a little|really)? (beyond|above|over) (me|my (skills|skill set|abilities|ability|capabilities|head|pay grade))',
      '(i|we) (am|are) (probably|really|just)? (not|in no way) (qualified|capable|good enough|smart enough|skilled enough|cut out|the right person|experienced enough)',
      '(i|we) (do not|did not) (think|know if|know whether) (i|we) (can|could|am able to|will be able to) (do|handle|manage|pull|finish|deliver|get)',
      '(i|we) (am|are) (out of|in over) (my|our) (depth|head|league)',
      '(i|we) (probably|honestly|really)? (should not) have (taken|accepted|agreed to) (this|it|the (job|project|work))',
      '(i|we) (am|are) (struggling|struggling a lot|really struggling) (with|to) (this|it|figure|understand|get)',
      '(not sure|unsure|not certain|doubt) (if|whether|that)? (i|we) (am|are|will be|would be) @intens? (capable|able|qualified|good enough|the right person|up to)',
      '(is|was) @intens? @intens? (beyond|above|over) (me|my (skills|skill set|abilities|ability|capabilities|head|pay grade|depth|experience)|our (skills|abilities|capabilities|depth|experience))',
      '(can not|never|do not) seem to (get|do) (anything|things|it|this) right',
      '(can not|could not) do anything right',
      'not the (best|right|ideal) person (for|to)',
      'what (an|a) (idiot|moron|fool|numpty|muppet|dummy|twit|airhead) (i am|i have been|i was)',
      '(i|we) (have)? (no|zero|not a|not the faintest|not the slightest) (idea|clue) how (to (use|do|set up|fix|work)|% (works|work))',
      '(i|we) (am|are) (not|no longer) (certain|sure|confident) (that)? (i|we) (possess|have) (the)? (expertise|skills|experience|knowledge|ability)',
      '(i|we) (lack|do not have) the (expertise|skills|experience|knowledge|ability|know-how) (to|for|needed)',
      '(i am|we are) not (adequately|sufficiently|properly)? (qualified|equipped|experienced|skilled) (to|for|in)',
      '(i am|we are) not (very|particularly|terribly)? (well versed|familiar|experienced) (in|with) (this|these|that)',
      '(i am|i will) (probably|likely|definitely)? (going to|gonna) (mess|screw|muck|stuff) (this|it|things) up',
      '(not|is not) (really)? my (strong suit|strong point|forte|area|thing)',
      '(out of|outside) (my|our) comfort zone',
      '(i|we) (feel|feel like) (such)? (an|a)? (imposter|impostor|fraud|fake)',
      '(i am|i am really|i am just) (not very|not) (techy|technical|tech-savvy|good with computers|organised|organized)',
      '(i am|i am so) (hopeless|useless|terrible|rubbish|bad) (with|at) (dates|names|times|deadlines|details|emails|computers|tech)',
      '(can not|cannot) believe (i am|i was|how) (so)? (stupid|dumb|useless|careless|thick)',
      '(i|we) (probably)? (should not|should never) (be doing|have taken) (this|this job|this work|on this)',
      '(i|we) do not think (i am|we are|i am really|i am actually) (qualified|good enough|capable|experienced enough|up to it)',
      '(i|we) (am|are) (not|no) (good|great|an expert|a pro|very good|much good) (at|with) (this|these|that|it|numbers|tech|design|writing|computers|spreadsheets|excel|admin|paperwork|maths|math)',
      '(i|we) (always|usually|keep)? (mess|screw|muck|stuff) (things|everything|it|this|stuff) up',
      '(i|we) (suck|stink) at',
      '(this|it) (is|was|might be) (probably|honestly|a bit|way)? (too|way too) (hard|complex|difficult|advanced|technical|much) for (me|us)',
      '(i|we) (have|had) never done (this|anything like this|one of these) before',
      '(i|we) (am|are) (new to|still learning|a beginner at|a total beginner|not experienced with) (this|it|these|that)',
      '(do not|did not) (really)? know (if|whether) (i|we) (am|are|can|could|will be|would be) (really)? (up to|able|capable|good enough|cut out)',
      '(no|zero|not a) (idea|clue) what (i|we) (am|are) doing',
      '(i|we) (am|are) (rubbish|hopeless|useless|terrible|awful|bad|crap|pants|no good) (with|at) (numbers|maths|math|tech|technology|computers|spreadsheets|excel|this|these|that|it|admin|paperwork|deadlines|design|writing|words)',
      '(not sure|unsure|not certain|doubt) (if|whether|that)? (i|we) (can|could) (really)? (handle|do|manage|deliver|pull off|cope with|take on) (this|it|that|the)',
      '(i|we) (am|are) @intens? (out of|in over) (my|our) (depth|head|league)',
    ],
    unless: ['(can not|could not) (do|make) (it|that) (on|at|by|this|next|today|tomorrow|monday|tuesday|wednesday|thursday|friday)', 'attend', 'make (the|that|this) (call|meeting)'],
  },
];

/** A limit stated with a concrete next step is honest scoping, not self-doubt. */
const HANDED_ON = [
  '(so|and|but) (i|we) (have|will|am|are|already)? (found|asked|passed|referred|brought in|introduced|arranged|contacted|booked|lined up|hired|engaged|looped in|copied)',
  '(who|she|he|they) (will|can|is going to) (reply|send|start|review|help|take|handle|look)',
];
for (const family of SELF_DOUBT_FAMILIES) family.unless = (family.unless || []).concat(HANDED_ON);
