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

/**
 * Rules whose findings give way when another rule fires in the same sentence. A sentence that puts
 * the problem on the client or a third party is blame; it reads as judgment, an excuse or self-doubt
 * only through the words it shares with them, and one clear finding helps more than three.
 */
export const OUTRANKED_BY: { [ruleId: string]: string[] } = {
  judgment: ['blame'],
  excuse: ['blame'],
  'self-doubt': ['blame'],
};
