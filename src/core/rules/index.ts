import type { Rule } from '../rule';
import { excuse } from './excuse';
import { personal } from './personal';
import { blame } from './blame';
import { hostility } from './hostility';
import { judgment } from './judgment';
import { deprioritizing } from './deprioritizing';
import { vagueCommitment } from './vague-commitment';
import { selfDoubt } from './self-doubt';
import { offLimits } from './off-limits';
import { hardSell } from './hard-sell';
import { withholding } from './withholding';

/** Every rule, in the order findings of one sentence are reported. */
export const RULES: Rule[] = [
  excuse,
  personal,
  blame,
  hostility,
  judgment,
  deprioritizing,
  vagueCommitment,
  selfDoubt,
  offLimits,
  hardSell,
  withholding,
];

export { OUTRANKED_BY } from './precedence';
