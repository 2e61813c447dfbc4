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
