/**
 * Benchmark: extractText + applyEdits on a typical ~20 KB Outlook HTML draft and on a
 * ~1 MB one. The drafts are built here (Outlook desktop markup: head styles, conditional
 * comments, MsoNormal paragraphs with <o:p>, spans, entities) so the bench needs no corpus.
 * Run: npx tsx scripts/bench-draft.ts
 */
import { applyEdits, extractText } from '../src/draft';

const HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
</style><![endif]--><style><!--
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-family:"Calibri",sans-serif;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">
`;

const PARAGRAPHS = [
  `<p class="MsoNormal">Hi Sarah,<o:p></o:p></p>`,
  `<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`,
  `<p class="MsoNormal">Sorry for the late reply &#8211; I was <b>really</b> sick last week and my laptop broke, so I couldn&#8217;t finish the <span style="color:#1F497D">Q3 report</span> on time.<o:p></o:p></p>`,
  `<p class="MsoNormal">Honestly, the numbers from your team came in late too, which didn&#8217;t help. I&#8217;ll try to get it to you <i>sometime next week</i> if that&#8217;s OK?<o:p></o:p></p>`,
  `<p class="MsoNormal"><span style="font-size:10.0pt;font-family:&quot;Arial&quot;,sans-serif;color:#595959">Best regards,<br>Alex Morgan &amp; Co. | <a href="https://example.com/?utm_source=sig&amp;utm_medium=email">example.com</a></span><o:p></o:p></p>`,
  `<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`,
];

function buildDraft(targetBytes: number): string {
  let body = '';
  let round = 0;
  while (HEAD.length + body.length < targetBytes) {
    body += PARAGRAPHS[round % PARAGRAPHS.length] + '\n';
    round++;
  }
  return `${HEAD}${body}</div></body></html>`;
}

function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows: string[][] = [];
for (const [label, size, runs] of [
  ['Outlook draft ~20 KB', 20 * 1024, 50],
  ['Outlook draft ~200 KB', 200 * 1024, 15],
  ['Outlook draft ~1 MB', 1024 * 1024, 7],
] as Array<[string, number, number]>) {
  const html = buildDraft(size);
  // Warm up the JIT before measuring.
  for (let k = 0; k < 3; k++) extractText(html);
  let draft = extractText(html);
  const extractMs = medianMs(runs, () => {
    draft = extractText(html);
  });
  const phrase = 'I was really sick last week';
  const at = draft.text.lastIndexOf(phrase);
  const edits = [{ start: at, end: at + phrase.length, text: 'I was out last week' }];
  let applied = applyEdits(html, draft, edits);
  const applyMs = medianMs(runs, () => {
    applied = applyEdits(html, draft, edits);
  });
  if (!applied.ok) throw new Error(`bench edit refused: ${applied.reason}`);
  const roundTrip = extractText(applied.html).text.indexOf('I was out last week') >= 0;
  rows.push([
    label,
    (html.length / 1024).toFixed(0) + ' KB',
    String(draft.text.length),
    extractMs.toFixed(2),
    ((extractMs * 1024) / html.length).toFixed(3),
    applyMs.toFixed(2),
    roundTrip ? 'yes' : 'NO',
  ]);
}

const header = [
  'input',
  'html size',
  'text chars',
  'extractText ms',
  'extract ms/KB',
  'applyEdits ms',
  'edit reads back',
];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells: string[]): string =>
  '| ' + cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((width) => '-'.repeat(width + 2)).join('|') + '|');
for (const row of rows) console.log(line(row));
console.log(`(median of runs; node ${process.version})`);
