/**
 * Runs the engine over real reply texts from third-party reply-parser fixtures (../shared/corpus) and
 * lists every flagged passage for review: these are ordinary emails, so most findings here are
 * false alarms worth a look.
 *   npx tsx scripts/eval-real-mail.ts [--quiet]
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../src/core';

const CORPUS = path.resolve(__dirname, '../../shared/corpus');

interface Sample {
  file: string;
  text: string;
  /** The text is already just the reply (an expected-output file), not a whole email. */
  replyOnly: boolean;
}

function listTxt(dir: string): string[] {
  const out: string[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = fs.statSync(full);
    if (stat.isDirectory()) out.push(...listTxt(full));
    else if (/\.txt$/i.test(name) && stat.size < 200 * 1024) out.push(full);
  }
  return out;
}

function samples(): Sample[] {
  const out: Sample[] = [];
  const seen: { [text: string]: true } = {};
  const add = (file: string, replyOnly: boolean): void => {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.trim() || seen[text]) return;
    seen[text] = true;
    out.push({ file: path.relative(CORPUS, file), text, replyOnly });
  };
  // Discourse ships the expected reply of every email: use those directly.
  for (const f of listTxt(path.join(CORPUS, 'discourse-email_reply_trimmer/trimmed'))) add(f, true);
  // Elsewhere take the plain-text emails and let the engine find the new text itself.
  for (const folder of fs.readdirSync(CORPUS)) {
    if (folder === 'discourse-email_reply_trimmer' || !fs.statSync(path.join(CORPUS, folder)).isDirectory()) continue;
    for (const f of listTxt(path.join(CORPUS, folder)))
      if (!/LICENSE|README|_reply_text|signature/i.test(f)) add(f, false);
  }
  return out;
}

function main(): void {
  if (!fs.existsSync(CORPUS)) {
    console.log(`No corpus at ${CORPUS}: nothing to check.`);
    return;
  }
  const quiet = process.argv.indexOf('--quiet') >= 0;
  const all = samples();
  let english = 0;
  let flagged = 0;
  const byRule: { [id: string]: number } = {};
  const lines: string[] = [];
  for (const s of all) {
    const r = analyze(s.text, { wholeText: s.replyOnly });
    if (r.language.code !== 'en') continue;
    english++;
    if (r.findings.length === 0) continue;
    flagged++;
    for (const f of r.findings) {
      byRule[f.ruleId] = (byRule[f.ruleId] || 0) + 1;
      const start = Math.max(0, s.text.lastIndexOf('\n', f.start) + 1);
      const endNl = s.text.indexOf('\n', f.end);
      const context = s.text
        .slice(start, endNl < 0 ? s.text.length : endNl)
        .trim()
        .slice(0, 220);
      lines.push(`${s.file}\n  [${f.ruleId}/${f.severity}] "${f.text}"\n  in: ${context}`);
    }
  }
  console.log(`samples: ${all.length} distinct texts, ${english} analysed as English, ${flagged} flagged`);
  for (const id of Object.keys(byRule).sort()) console.log(`  ${id}: ${byRule[id]}`);
  if (!quiet) {
    console.log('\nflagged passages:');
    for (const l of lines) console.log(l);
  }
}

main();
