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
      '(my|our) (bad|brain is fried|brain is mush|head is all over the place)',
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
      '(is|was) @intens? @intens? (beyond|above|over) (me|my|our) (skills|skill set|abilities|ability|capabilities|head|pay grade|depth|experience)?',
      '(can not|never|do not) seem to (get|do) (anything|things|it|this) right',
      '(can not|could not) do anything right',
      'not the (best|right|ideal) person (for|to)',
      '(do not|did not) (really)? know (if|whether) (i|we) (am|are|can|could|will be|would be) (really)? (up to|able|capable|good enough|cut out)',
      '(no|zero|not a) (idea|clue) what (i|we) (am|are) doing',
      '(i|we) (am|are) (rubbish|hopeless|useless|terrible|awful|bad|crap|pants|no good) (with|at) (numbers|maths|math|tech|technology|computers|spreadsheets|excel|this|these|that|it|admin|paperwork|deadlines|design|writing|words)',
      '(not sure|unsure|not certain|doubt) (if|whether|that)? (i|we) (can|could) (really)? (handle|do|manage|deliver|pull off|cope with|take on) (this|it|that|the)',
      '(i|we) (am|are) @intens? (out of|in over) (my|our) (depth|head|league)',
    ],
    unless: ['(can not|could not) (do|make) (it|that) (on|at|by|this|next|today|tomorrow|monday|tuesday|wednesday|thursday|friday)', 'attend', 'make (the|that|this) (call|meeting)'],
  },
];
