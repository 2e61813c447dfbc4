/**
 * Verb forms for pattern words written "send+": send, sends, sent, sending. Irregular verbs are
 * listed; the rest follow the regular spelling rules, which is enough for the vocabulary of the rules.
 */
const IRREGULAR: { [base: string]: string[] } = {
  be: ['am', 'is', 'are', 'was', 'were', 'been', 'being'],
  have: ['has', 'had', 'having'],
  do: ['does', 'did', 'done', 'doing'],
  go: ['goes', 'went', 'gone', 'going'],
  get: ['gets', 'got', 'gotten', 'getting'],
  send: ['sends', 'sent', 'sending'],
  give: ['gives', 'gave', 'given', 'giving'],
  make: ['makes', 'made', 'making'],
  take: ['takes', 'took', 'taken', 'taking'],
  forget: ['forgets', 'forgot', 'forgotten', 'forgetting'],
  tell: ['tells', 'told', 'telling'],
  say: ['says', 'said', 'saying'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  know: ['knows', 'knew', 'known', 'knowing'],
  read: ['reads', 'reading'],
  write: ['writes', 'wrote', 'written', 'writing'],
  find: ['finds', 'found', 'finding'],
  leave: ['leaves', 'left', 'leaving'],
  lose: ['loses', 'lost', 'losing'],
  bring: ['brings', 'brought', 'bringing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  keep: ['keeps', 'kept', 'keeping'],
  pay: ['pays', 'paid', 'paying'],
  put: ['puts', 'putting'],
  set: ['sets', 'setting'],
  fall: ['falls', 'fell', 'fallen', 'falling'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  choose: ['chooses', 'chose', 'chosen', 'choosing'],
  come: ['comes', 'came', 'coming'],
  hear: ['hears', 'heard', 'hearing'],
  let: ['lets', 'letting'],
  mean: ['means', 'meant', 'meaning'],
  run: ['runs', 'ran', 'running'],
  sit: ['sits', 'sat', 'sitting'],
  spend: ['spends', 'spent', 'spending'],
  understand: ['understands', 'understood', 'understanding'],
  sleep: ['sleeps', 'slept', 'sleeping'],
  oversleep: ['oversleeps', 'overslept', 'oversleeping'],
  catch: ['catches', 'caught', 'catching'],
  drink: ['drinks', 'drank', 'drunk', 'drinking'],
  mess: ['messes', 'messed', 'messing'],
  screw: ['screws', 'screwed', 'screwing'],
  drop: ['drops', 'dropped', 'dropping'],
  slip: ['slips', 'slipped', 'slipping'],
  submit: ['submits', 'submitted', 'submitting'],
  ship: ['ships', 'shipped', 'shipping'],
  stop: ['stops', 'stopped', 'stopping'],
  plan: ['plans', 'planned', 'planning'],
  admit: ['admits', 'admitted', 'admitting'],
  commit: ['commits', 'committed', 'committing'],
  refer: ['refers', 'referred', 'referring'],
  prefer: ['prefers', 'preferred', 'preferring'],
  fit: ['fits', 'fitting'],
  upset: ['upsets', 'upsetting'],
  hurt: ['hurts', 'hurting'],
  shut: ['shuts', 'shutting'],
  quit: ['quits', 'quitting'],
  cut: ['cuts', 'cutting'],
  overlook: ['overlooks', 'overlooked', 'overlooking'],
  misread: ['misreads', 'misreading'],
  mislead: ['misleads', 'misled', 'misleading'],
  understate: ['understates', 'understated'],
  swamp: ['swamps', 'swamped', 'swamping'],
  die: ['dies', 'died', 'dying'],
  lie: ['lies', 'lied', 'lying'],
};

const VOWELS = 'aeiou';

function regular(base: string): string[] {
  const last = base.charAt(base.length - 1);
  const beforeLast = base.charAt(base.length - 2);
  let third: string;
  if (/(s|x|z|ch|sh)$/.test(base)) third = base + 'es';
  else if (last === 'y' && VOWELS.indexOf(beforeLast) < 0) third = base.slice(0, -1) + 'ies';
  else third = base + 's';
  let past: string;
  let ing: string;
  if (last === 'e') {
    past = base + 'd';
    ing = base.slice(0, -2) + (beforeLast === 'i' ? 'ying' : beforeLast + 'ing');
    if (beforeLast === 'e' || beforeLast === 'y' || beforeLast === 'o') ing = base + 'ing';
  } else if (last === 'y' && VOWELS.indexOf(beforeLast) < 0) {
    past = base.slice(0, -1) + 'ied';
    ing = base + 'ing';
  } else {
    past = base + 'ed';
    ing = base + 'ing';
  }
  return [third, past, ing];
}

/** All forms of a verb, base first. */
export function inflect(base: string): string[] {
  const forms = IRREGULAR[base] || regular(base);
  return [base].concat(forms);
}
