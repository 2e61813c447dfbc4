/**
 * The engine classic Outlook's send script carries. That script is loaded alone, on every send, and
 * has a budget of 60 KB gzipped; the lexicons of all eleven rules are about 58 KB by themselves. It
 * carries the three mistakes a send must never let through unnoticed (excuses, personal problems,
 * blame); the findings of the other rules come from what the task pane stored for the draft
 * (src/office/sendStorage.ts, paneFindingsToMerge). The browser runtimes run the full engine.
 */
import { createAnalyzer, type Analyze } from './analyzer';
import type { Rule } from './rule';
import { excuse } from './rules/excuse';
import { personal } from './rules/personal';
import { blame } from './rules/blame';

export const SEND_CORE_RULES: readonly Rule[] = [excuse, personal, blame];

export const SEND_CORE_RULE_IDS: readonly string[] = SEND_CORE_RULES.map((rule) => rule.meta.id);

export const analyzeSendCore: Analyze = createAnalyzer(SEND_CORE_RULES);
