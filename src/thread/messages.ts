/**
 * Cuts the quoted history of a draft into earlier messages (newest first) and reads each one's
 * header: sender, recipients, subject and send time. Nested `>` levels without a header of their
 * own become older messages with an unknown sender.
 */
import { parseHeaderDate } from './dates';
import {
  Attribution,
  attributionStartInLine,
  containsEmail,
  dividerKind,
  findEmail,
  FieldLine,
  leadingDividerKind,
  matchAttribution,
  matchFieldBlock,
  splitGluedFields,
} from './headers';
import { isBlank, Line } from './lines';
import type { ParseOptions } from './parse';
import type { Split } from './split';
import type { Person, ThreadMessage } from './types';

/** A parsed header, before the body is known. */
interface Header {
  first: number;
  last: number;
  depth: number;
  /** Quote depth of the message's own lines, set by its first body line; deeper lines are older. */
  bodyDepth: number | null;
  message: ThreadMessage;
}

/** Upper bound on messages read from one draft; hostile input must not produce unbounded output. */
const MAX_MESSAGES = 200;

export function readMessages(text: string, lines: Line[], split: Split, options: ParseOptions): ThreadMessage[] {
  const start = split.replyFirst > 0 ? 0 : split.quote.line;
  const headers: Header[] = [];
  let i = start;
  while (i < lines.length && headers.length < MAX_MESSAGES) {
    if (i >= split.replyFirst && i < split.quote.line && split.replyFirst > 0) {
      // Bottom-posted reply inside the history: not part of any earlier message.
      i = split.quote.line;
      continue;
    }
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    const header = readHeaderAt(text, lines, i, options);
    if (header !== null) {
      headers.push(header);
      i = header.last + 1;
      continue;
    }
    // Quoted text that no header introduced: a deeper level is an older message of unknown origin.
    const current = headers.length > 0 ? headers[headers.length - 1] : null;
    const depth = current === null ? null : current.bodyDepth;
    if (current === null || (depth !== null && line.depth > depth)) {
      const implicit: Header = { first: i, last: i - 1, depth: line.depth, bodyDepth: null, message: emptyMessage() };
      headers.push(implicit);
      implicit.bodyDepth = line.depth;
    } else if (depth === null && line.depth >= current.depth) {
      current.bodyDepth = line.depth;
    }
    i++;
  }
  for (let k = 0; k < headers.length; k++) {
    const end = k + 1 < headers.length ? headers[k + 1].first : lines.length;
    headers[k].message.body = bodyOf(text, lines, headers[k], end, split);
  }
  return headers.map((h) => h.message);
}

function emptyMessage(): ThreadMessage {
  return {
    from: { name: null, address: null },
    to: [],
    cc: [],
    sentAt: null,
    sentAtText: null,
    subject: null,
    body: '',
  };
}

function readHeaderAt(text: string, lines: Line[], i: number, options: ParseOptions): Header | null {
  const line = lines[i];
  const divider = dividerKind(line.content);
  if (
    divider === 'original' ||
    divider === 'forward' ||
    divider === 'rule' ||
    leadingDividerKind(line.content) !== null
  ) {
    // A divider introduces the header block below it (or stands alone before the body).
    let j = i + 1;
    while (j < lines.length && j <= i + 3 && isBlank(lines[j])) j++;
    const glued = leadingDividerKind(line.content) !== null ? gluedFields(line.content) : null;
    const block = j < lines.length && lines[j].depth === line.depth ? matchFieldBlock(lines, j) : null;
    if (block !== null)
      return fromFields(i, block.last, line.depth, glued ? glued.concat(block.fields) : block.fields, options);
    const attribution = j < lines.length ? matchAttribution(text, lines, j) : null;
    if (attribution !== null) return fromAttribution(i, attribution, line.depth, options);
    if (divider === 'rule') return null;
    if (glued !== null && glued.length > 0) return fromFields(i, i, line.depth, glued, options);
    return { first: i, last: i, depth: line.depth, bodyDepth: null, message: emptyMessage() };
  }
  const block = matchFieldBlock(lines, i);
  if (block !== null) return fromFields(i, block.last, line.depth, block.fields, options);
  const attribution = matchAttribution(text, lines, i);
  if (attribution !== null) return fromAttribution(i, attribution, line.depth, options);
  return null;
}

/** Fields written on the divider line itself: "-------- Ursprüngliche Nachricht --------Von: … Datum: …". */
function gluedFields(content: string): FieldLine[] {
  let k = 0;
  while (k < content.length && content.charAt(k) === '-') k++;
  while (k < content.length && content.charAt(k) !== '-') k++;
  while (k < content.length && content.charAt(k) === '-') k++;
  return splitGluedFields(content.slice(k).trim(), 1).fields;
}

/** "À : a@b.be Objet : Hello": a second field flattened onto a header line (labels of 4+ letters only). */
function unglue(fields: FieldLine[]): FieldLine[] {
  const out: FieldLine[] = [];
  for (const field of fields) {
    const inner = field.kind === 'subject' ? null : splitGluedFields(field.value, 4);
    if (inner === null || inner.fields.length === 0) {
      out.push(field);
      continue;
    }
    out.push({ kind: field.kind, value: inner.head });
    for (const f of inner.fields) out.push(f);
  }
  return out;
}

function fromFields(first: number, last: number, depth: number, raw: FieldLine[], options: ParseOptions): Header {
  const message = emptyMessage();
  const fields = unglue(raw);
  for (const field of fields) {
    if (field.kind === 'from' && message.from.name === null && message.from.address === null)
      message.from = parsePerson(field.value);
    else if (field.kind === 'to') message.to = message.to.concat(parsePeople(field.value));
    else if (field.kind === 'cc') message.cc = message.cc.concat(parsePeople(field.value));
    else if (field.kind === 'subject' && message.subject === null) message.subject = field.value;
    else if (field.kind === 'sent' && message.sentAtText === null && field.value.length > 0)
      message.sentAtText = field.value;
  }
  message.sentAt = parseHeaderDate(message.sentAtText, options);
  return { first, last, depth, bodyDepth: null, message };
}

function fromAttribution(first: number, attribution: Attribution, depth: number, options: ParseOptions): Header {
  const message = emptyMessage();
  const k = attributionStartInLine(attribution.text);
  const parts = splitAttribution(k > 0 ? attribution.text.slice(k) : attribution.text);
  message.from = parts.person;
  message.sentAtText = parts.dateText;
  message.sentAt = parseHeaderDate(parts.dateText, options);
  return { first, last: attribution.last, depth, bodyDepth: null, message };
}

const LEADS = [
  'on',
  'le',
  'am',
  'el',
  'op',
  'il',
  'em',
  'w dniu',
  'dnia',
  'den',
  'in data',
  'på',
  'at',
  'il giorno',
  '在',
];
/** Verbs that end an attribution, longest first so "ha scritto" wins over "scritto". */
const TRAILING_VERBS = [
  'wrote following',
  'has written',
  'hat geschrieben',
  'heeft geschreven',
  'a écrit',
  'a ecrit',
  'escribió',
  'ha escrito',
  'ha escrit',
  'ha scritto',
  'escreveu',
  'napisał(a)',
  'napisał',
  'pisze',
  'kirjoitti',
  'írta',
  'написал(а)',
  'написала',
  'написал',
  'написав',
  'пишет',
  'wrote',
  'writes',
  'schrieb',
  'schreef',
  'skrev',
  '写道',
  '작성',
  'のメッセージ',
  'έγραψε',
  'كتب/كتبت',
  'كتب',
  'a scris',
  'napsal',
];
/** Verbs that sit between the date and the name: "Am … schrieb Name", "Op … schreef Name". */
const MIDDLE_VERBS = [' schrieb ', ' schreef ', ' skrev ', ' użytkownik ', ' uzytkownik ', ' пользователь '];

/** Splits "On <date>, <name> <address> wrote:" (and translations) into the date text and the person. */
export function splitAttribution(raw: string): { dateText: string | null; person: Person } {
  let s = raw
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(/^-+ ?/, '').replace(/ ?-+$/, '');
  s = s.replace(/[:：]\s*$/, '').trim();
  const lower = s.toLowerCase();
  for (const lead of LEADS) {
    if (lower.indexOf(lead + ' ') === 0) {
      s = s.slice(lead.length + 1);
      break;
    }
  }
  for (const verb of TRAILING_VERBS) {
    const at = s.toLowerCase().lastIndexOf(verb);
    if (at > 0 && at + verb.length >= s.length - 1) {
      s = s.slice(0, at).trim();
      break;
    }
  }
  // "Name <address> schrieb am <date>" (Gmail in German) and "<date> schrieb <name>".
  const schriebAm = / schrieb am | wrote on /i.exec(s);
  if (schriebAm) {
    return {
      dateText: cleanDate(s.slice(schriebAm.index + schriebAm[0].length)),
      person: parsePerson(s.slice(0, schriebAm.index)),
    };
  }
  for (const verb of MIDDLE_VERBS) {
    const at = s.toLowerCase().indexOf(verb);
    if (at > 0) return { dateText: cleanDate(s.slice(0, at)), person: parsePerson(s.slice(at + verb.length)) };
  }
  // The date ends after its time (plus AM/PM and zone); the name follows.
  const end = endOfDate(s);
  if (end === 0) return { dateText: null, person: parsePerson(s) };
  // Mail.ru and others: "<date> от Name <address>", "<date> from Name <address>".
  const who = s.slice(end).replace(/^[\s,，、]*(from|от|de|von|van|da)\s+/i, '');
  return { dateText: cleanDate(s.slice(0, end)), person: parsePerson(who) };
}

function cleanDate(s: string): string | null {
  const t = s
    .replace(/^[\s,，、]+/, '')
    .replace(/[\s,，、]+$/, '')
    .replace(/\s+(um|at|à|a las|às|om|alle)$/i, '');
  return t.length > 0 ? t : null;
}

/** Offset just past the date-and-time part of an attribution, or 0 when there is none. */
function endOfDate(s: string): number {
  const limit = firstPersonStart(s);
  const head = s.slice(0, limit);
  const re = /\d{1,2}[:.h]\d\d([:.]\d\d)?/g;
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head)) !== null) {
    const after = head.charAt(m.index + m[0].length);
    if (after === '.' && /\d/.test(head.charAt(m.index + m[0].length + 1))) continue;
    end = m.index + m[0].length;
  }
  if (end === -1) {
    const year = /(19|20)\d\d(?!\d)/g;
    while ((m = year.exec(head)) !== null) end = m.index + m[0].length;
  }
  if (end === -1) {
    // A numeric date with a short year and no time: "On Wed, 4/4/12, Name wrote:".
    const numeric = /\d{1,2}[/.-]\d{1,2}[/.-]\d\d(\d\d)?(?!\d)/g;
    while ((m = numeric.exec(head)) !== null) end = m.index + m[0].length;
    if (end === -1) return 0;
  }
  // Meridiem and zone words that follow the time.
  const tail =
    /^(\s?((a\.? ?m\.?|p\.? ?m\.?)(?=[\s,]|$)|(uhr|h)(?=[\s,]|$)|gmt[+-]?[\d:]*|utc[+-]?[\d:]*|[+-]\d\d:?\d\d|\([a-z]{2,5}\)|(est|edt|cst|cdt|mst|mdt|pst|pdt|cet|cest|bst|mez|mesz|eet|eest|jst|aest|aedt)(?=[\s,]|$)))+/i;
  const more = tail.exec(head.slice(end));
  if (more) end += more[0].length;
  return end;
}

/** Where the sender starts: at the address's bracket or, for a bare address, at the address. */
function firstPersonStart(s: string): number {
  const lt = s.indexOf('<');
  const at = s.indexOf('@');
  if (lt !== -1 && (at === -1 || lt < at)) {
    // Back up over the display name before "<": the name starts after the last comma or time.
    return lt;
  }
  if (at !== -1) {
    let k = at;
    while (k > 0 && !/[\s,(<"]/.test(s.charAt(k - 1))) k--;
    return k;
  }
  return s.length;
}

/** "John Doe <john@doe.example>", "Doe, John [mailto:j@x]", "someone@x.fr<mailto:someone@x.fr>", "Bort". */
export function parsePerson(raw: string): Person {
  const s = raw.replace(/\s+/g, ' ').trim();
  if (s.length === 0) return { name: null, address: null };
  const written = findEmail(s);
  const address = written
    ? written
        .replace(/^mailto:/i, '')
        .replace(/[.>]+$/, '')
        .toLowerCase()
    : null;
  let name = s
    .replace(/\[mailto:[^\]]*\]/gi, '')
    .replace(/<[^>]*>?/g, '')
    .replace(/\(([^)]*@[^)]*)\)/g, '');
  if (written !== null) name = name.split(written).join('');
  name = name
    .replace(/mailto:/gi, '')
    .replace(/[<>[\]]/g, ' ')
    .replace(/^[\s,"'“”]+|[\s,"'“”]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length === 0 || (address !== null && name.toLowerCase() === address) || containsEmail(name)) {
    return { name: null, address };
  }
  return { name: name.length > 200 ? name.slice(0, 200) : name, address };
}

/** Recipient lists: "A <a@x>; B <b@x>" or "Doe, John <j@x>, Roe, Jane <r@x>". */
export function parsePeople(raw: string): Person[] {
  const out: Person[] = [];
  for (const piece of raw.split(';')) {
    const commaParts = piece.split(',');
    let pending = '';
    for (const part of commaParts) {
      pending = pending.length > 0 ? pending + ',' + part : part;
      // "Doe, John <j@x>": keep joining until the piece has an address, if any later piece has one.
      if (pending.indexOf('@') !== -1 || piece.indexOf('@') === -1) {
        const person = parsePerson(pending);
        if (person.name !== null || person.address !== null) out.push(person);
        pending = '';
      }
    }
    if (pending.trim().length > 0) {
      const person = parsePerson(pending);
      if (person.name !== null || person.address !== null) out.push(person);
    }
    if (out.length > MAX_MESSAGES) break;
  }
  return out;
}

/** The message's own lines: its quote level only, without the deeper (older) levels or the reply. */
function bodyOf(text: string, lines: Line[], header: Header, end: number, split: Split): string {
  const depth = header.bodyDepth;
  const own = depth === null ? header.depth : depth;
  const parts: string[] = [];
  let length = 0;
  for (let k = header.last + 1; k < end; k++) {
    if (split.replyFirst > 0 && k >= split.replyFirst && k < split.quote.line) continue;
    const line = lines[k];
    if (line.depth !== own && !isBlank(line)) continue;
    parts.push(line.content);
    length += line.content.length + 1;
    if (length > 200000) break;
  }
  void text;
  return parts
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/\n{3,}/g, '\n\n');
}
