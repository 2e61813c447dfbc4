/**
 * Runs the reply/quote split over the third-party corpus in ../shared/corpus (never copied into the
 * repo) and guards the accuracy reached so far. Skips with a note when the corpus is not there.
 */
import * as fs from 'fs';
import * as path from 'path';
import { messageCountChecks, quotequailChecks, scoreOurs } from '../../scripts/eval-thread';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const present = fs.existsSync(path.join(CORPUS, 'expected.json'));

/** Tolerant-score floors per set (see scripts/eval-thread.ts for the rule), as measured when this was written. */
const FLOORS: Record<string, number> = {
  'EdgeTier-email-reply-parser': 38,
  'Foundry376-Mailspring': 25,
  'alfonsrv-mail-parser-reply': 19,
  'closeio-quotequail': 7,
  'crisp-oss-email-reply-parser': 71,
  'discourse-email_reply_trimmer': 58,
  'github-email_reply_parser': 18,
  'lever-planer': 3,
  'mailgun-talon/html_replies': 11,
  'mailgun-talon/signature': 3,
  'mailgun-talon/standard_replies': 13,
  'willdurand-EmailReplyParser': 41,
  'willdurand-EmailReplyParser/date-header-variants': 17,
  'willdurand-EmailReplyParser/from-header-variants': 4,
};

(present ? describe : describe.skip)('third-party reply corpus', () => {
  test('reply/quote split stays at or above the measured accuracy', async () => {
    const result = await scoreOurs(CORPUS);
    const missed: string[] = [];
    for (const score of result.bySet) {
      const floor = FLOORS[score.set];
      if (floor !== undefined && score.tolerant < floor)
        missed.push(`${score.set}: ${score.tolerant}/${score.n} < ${floor}`);
    }
    expect(missed).toEqual([]);
    expect(result.total.strict).toBeGreaterThanOrEqual(315);
    expect(result.total.tolerant).toBeGreaterThanOrEqual(328);
  }, 60000);

  test('message counts per thread (alfonsrv) and quoted metadata (quotequail)', () => {
    const counts = messageCountChecks(CORPUS);
    expect(counts.filter((c) => c.expected === c.got).length).toBeGreaterThanOrEqual(10);
    const meta = quotequailChecks(CORPUS);
    expect(meta.filter((m) => m.from && m.date && m.to !== false && m.subject !== false).length).toBeGreaterThanOrEqual(
      9,
    );
  });
});

if (!present) {
  console.log(`Corpus tests skipped: ${CORPUS} not found (see the project README for the shared corpus).`);
}
