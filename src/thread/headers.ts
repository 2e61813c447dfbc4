/**
 * Recognisers for the lines that introduce an earlier message in a reply: Outlook field blocks
 * ("From:/Sent:/To:/Subject:" and their translations), one-line attributions ("On … wrote:"),
 * and divider lines ("-----Original Message-----", forwards, underscore rules).
 *
 * Every recogniser looks at a small, fixed window of lines and caps the characters it reads, so a
 * scan over a whole body is linear. No regex here has nested or overlapping quantifiers.
 */
import { fold, isBlank, Line, MAX_HEADER_LINE } from './lines';

export type FieldKind = 'from' | 'sent' | 'to' | 'cc' | 'subject' | 'replyTo' | 'other';

/** Header labels as they appear in Outlook, Apple Mail and webmail, folded (lower case, no accents). */
const FIELD_LABELS: Record<string, FieldKind> = {};
function labels(kind: FieldKind, names: string[]): void {
  for (const name of names) FIELD_LABELS[fold(name)] = kind;
}
labels('from', [
  'From',
  'Von',
  'De',
  'Van',
  'Da',
  'Fra',
  'Från',
  'Od',
  'Nadawca',
  'От',
  'Від',
  'Lähettäjä',
  'Feladó',
  'От кого',
  'Afzender',
  'Remetente',
  'Expéditeur',
  'Absender',
  'Kimden',
  'Από',
  'Odesílatel',
  'Expeditor',
  '发件人',
  '寄件者',
  '差出人',
  '보낸 사람',
  'Frá',
  'Saatja',
  'Pošiljatelj',
]);
labels('sent', [
  'Sent',
  'Date',
  'Gesendet',
  'Datum',
  'Envoyé',
  'Envoyé le',
  'Enviado',
  'Enviada',
  'Enviado el',
  'Fecha',
  'Verzonden',
  'Inviato',
  'Data',
  'Sendt',
  'Skickat',
  'Wysłano',
  'Wysłane',
  'Отправлено',
  'Дата',
  'Надіслано',
  'Lähetetty',
  'Päivämäärä',
  'Elküldve',
  'Dátum',
  'Küldve',
  '发送时间',
  '日期',
  '时间',
  '寄件日期',
  '送信日時',
  '날짜',
  '보낸 날짜',
  'Gönderildi',
  'Tarih',
  'Στάλθηκε',
  'Ημερομηνία',
  'Odesláno',
  'Trimis',
  'Message du',
  'Sent at',
  'Dato',
  'Dne',
  'Data de envio',
  'Enviat',
]);
labels('to', [
  'To',
  'An',
  'À',
  'A',
  'Para',
  'Aan',
  'Til',
  'Till',
  'Do',
  'Кому',
  'Vastaanottaja',
  'Címzett',
  '收件人',
  '宛先',
  '받는 사람',
  'Kime',
  'Προς',
  'Komu',
  'Către',
  'Adresát',
  'Destinataire',
]);
labels('cc', [
  'Cc',
  'Kopie',
  'Copie',
  'Copie à',
  'CC',
  'Kopio',
  'Másolatot kap',
  'Másolat',
  '抄送',
  '副本',
  'Копия',
  'Kopia',
  'Kopi',
  'Kopia do',
  'Bcc',
  'Cco',
  'Ccn',
  'Kopie an',
  'Con copia a',
  'Com cópia',
]);
labels('subject', [
  'Subject',
  'Betreff',
  'Objet',
  'Asunto',
  'Assunto',
  'Onderwerp',
  'Oggetto',
  'Emne',
  'Ämne',
  'Temat',
  'Тема',
  'Aihe',
  'Tárgy',
  '主题',
  '主旨',
  '件名',
  '제목',
  'Konu',
  'Θέμα',
  'Předmět',
  'Subiect',
  'Tema',
  'Sujet',
]);
labels('replyTo', ['Reply-To', 'Risposta', 'Antwort an', 'Répondre à', 'Responder a', 'Antwoord aan']);
labels('other', ['Importance', 'Wichtigkeit', 'Priorité', 'Importancia', 'Priority', 'Attachments', 'Anlagen']);

export interface FieldLine {
  kind: FieldKind;
  value: string;
}

/** Reads "Label: value" (also "*From:* value", "De : value", "发件人：value"); null if not a known label. */
export function readField(content: string): FieldLine | null {
  if (content.length === 0 || content.length > MAX_HEADER_LINE * 4) return null;
  let colon = -1;
  const limit = Math.min(content.length, 32);
  for (let i = 0; i < limit; i++) {
    const c = content.charAt(i);
    if (c === ':' || c === '：') {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return null;
  let label = content.slice(0, colon);
  // Bold markers from rich-text conversions: "*From:*", "**From:**".
  label = stripChars(label, '* \t');
  const kind = FIELD_LABELS[fold(label)];
  if (kind === undefined) return null;
  const value = stripChars(content.slice(colon + 1), '* \t');
  return { kind, value };
}

function stripChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.indexOf(s.charAt(a)) !== -1) a++;
  while (b > a && chars.indexOf(s.charAt(b - 1)) !== -1) b--;
  return s.slice(a, b);
}

/**
 * Fields flattened onto one line ("Von: A Datum: 07.08.24 18:46 An: B Betreff: C", as rich-text
 * conversions produce). Only labels of at least `minLabel` characters split a line, so that a subject
 * like "Q: … A: …" stays whole unless the caller knows the line is all fields.
 */
export function splitGluedFields(line: string, minLabel: number): { head: string; fields: FieldLine[] } {
  const fields: FieldLine[] = [];
  if (line.length > MAX_HEADER_LINE * 2) return { head: line, fields };
  const re = /(^|\s)\*{0,2}([^\s:：*]{1,20}(?: [^\s:：*]{1,12})?) ?\*{0,2}[:：]/g;
  const cuts: Array<{ labelStart: number; valueStart: number; kind: FieldKind }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    let label = m[2];
    let kind: FieldKind | undefined = FIELD_LABELS[fold(label)];
    // "… Service Datum:": a two-word match whose last word is the label.
    if (kind === undefined && label.indexOf(' ') !== -1) {
      label = label.slice(label.indexOf(' ') + 1);
      kind = FIELD_LABELS[fold(label)];
    }
    if (kind === undefined || label.length < minLabel) continue;
    cuts.push({ labelStart: m.index + m[0].lastIndexOf(label), valueStart: m.index + m[0].length, kind });
  }
  for (let k = 0; k < cuts.length; k++) {
    const end = k + 1 < cuts.length ? cuts[k + 1].labelStart : line.length;
    fields.push({ kind: cuts[k].kind, value: stripChars(line.slice(cuts[k].valueStart, end), '* \t') });
  }
  const head = cuts.length > 0 ? stripChars(line.slice(0, cuts[0].labelStart), '* \t') : line;
  return { head, fields };
}

export interface FieldBlock {
  /** First and last line index (inclusive) of the block. */
  first: number;
  last: number;
  fields: FieldLine[];
}

/**
 * An Outlook-style header block starting at line `i`: consecutive "Label: value" lines at one quote depth.
 * It counts as a header only with a sender plus a date, recipient or subject (or a date, recipient and
 * subject together), or a lone "From:" line carrying an address that opens a paragraph.
 */
export function matchFieldBlock(lines: Line[], i: number): FieldBlock | null {
  const start = lines[i];
  const first = readField(start.content);
  if (first === null || first.kind === 'other' || first.kind === 'cc') return null;
  const depth = start.depth;
  const fields: FieldLine[] = [first];
  let last = i;
  let j = i + 1;
  // Outlook wraps long sender and recipient lists; allow a couple of continuation lines.
  let continuations = 0;
  while (j < lines.length && j < i + 16) {
    const line = lines[j];
    if (line.depth !== depth) break;
    if (isBlank(line)) {
      // Some plain-text conversions put a blank line between the fields; bridge one if a field follows.
      const next = j + 1 < lines.length ? lines[j + 1] : null;
      if (next === null || next.depth !== depth || readField(next.content) === null) break;
      j++;
      continue;
    }
    const field = readField(line.content);
    if (field !== null) {
      fields.push(field);
      last = j;
      j++;
      continue;
    }
    const previous = fields[fields.length - 1];
    if (
      continuations < 3 &&
      (previous.kind === 'from' || previous.kind === 'to' || previous.kind === 'cc') &&
      line.content.length <= MAX_HEADER_LINE &&
      (line.content.indexOf('@') !== -1 || line.content.charAt(0) === '<' || previous.value.length === 0)
    ) {
      previous.value = (previous.value + ' ' + line.content).trim();
      continuations++;
      last = j;
      j++;
      continue;
    }
    break;
  }
  let from = false;
  let sent = false;
  let to = false;
  let subject = false;
  for (const field of fields) {
    if (field.kind === 'from') from = true;
    else if (field.kind === 'sent') sent = true;
    else if (field.kind === 'to') to = true;
    else if (field.kind === 'subject') subject = true;
  }
  let datedSent = false;
  for (const field of fields) {
    if (field.kind === 'sent' && /\d\d:\d\d/.test(field.value) && YEAR.test(field.value)) datedSent = true;
  }
  const enough =
    (from && (sent || to || subject)) ||
    (sent && to && subject) ||
    // "Date: Wed, 16 May 2012 00:15:02 -0600 / To: …" with a full date and time.
    (datedSent && to) ||
    (from && fields.length === 1 && first.value.indexOf('@') !== -1 && (i === 0 || isBlank(lines[i - 1])));
  if (!enough) return null;
  // A single "A:"/"Da:"-style short label is common in prose ("A: yes"); insist on a sender or date first.
  if ((first.kind === 'subject' || first.kind === 'replyTo') && !(from && sent)) return null;
  return { first: i, last, fields };
}

/** Words that end or sit inside an attribution line, folded. Matched at a word start. */
const WROTE_WORDS = [
  'wrote',
  'writes',
  'has written',
  'geschreven',
  'schrieb',
  'hat geschrieben',
  'a ecrit',
  'escribio',
  'ha escrito',
  'ha escrit',
  'schreef',
  'heeft geschreven',
  'ha scritto',
  'scrisse',
  'escreveu',
  'napisal',
  'pisze',
  'skrev',
  'kirjoitti',
  'irta',
  'napsal',
  'a scris',
  'yazdi',
  'написал',
  'написала',
  'написав',
  'пишет',
  'έγραψε',
  'كتب',
  '写道',
  '작성',
  'のメッセージ',
  'から',
  'wrote following',
];

/** Phrases that make a whole line a divider before a quoted or forwarded message, folded. */
const DIVIDER_PHRASES = [
  'original message',
  'original-nachricht',
  'ursprungliche nachricht',
  "message d'origine",
  'message original',
  'mensaje original',
  'messaggio originale',
  'oorspronkelijk bericht',
  'origineel bericht',
  'mensagem original',
  'oprindelig besked',
  'oprindelig meddelelse',
  'opprinnelig melding',
  'ursprungligt meddelande',
  'alkuperainen viesti',
  'wiadomosc oryginalna',
  'oryginalna wiadomosc',
  'исходное сообщение',
  'původní zpráva',
  'puvodni zprava',
  'eredeti uzenet',
  'mesaj original',
  'αρχικό μήνυμα',
  'пересылаемое сообщение',
  '原始邮件',
  '原始郵件',
  '元のメッセージ',
  'forwarded message',
  'forwarded email',
  'weitergeleitete nachricht',
  'message transfere',
  'mensaje reenviado',
  'doorgestuurd bericht',
  'messaggio inoltrato',
  'mensagem encaminhada',
  'mensagem reencaminhada',
  'videresendt meddelelse',
  'videresendt melding',
  'vidarebefordrat meddelande',
  'пересланное сообщение',
  'reply message',
  'antwort nachricht',
  'original email',
  'replied message',
  'weitergeleitet',
  'forward message',
];

/** Apple Mail's forward line and its translations, folded, without the final colon. */
const FORWARD_LINES = [
  'begin forwarded message',
  'anfang der weitergeleiteten nachricht',
  'debut du message reexpedie',
  'inicio del mensaje reenviado',
  'begin doorgestuurd bericht',
  'inizio messaggio inoltrato',
  'inicio da mensagem reencaminhada',
  'inicio da mensagem encaminhada',
  'vidarebefordrat meddelande',
  'videresendt besked',
  'start of forwarded message',
  'forwarded message',
];

export type DividerKind = 'original' | 'forward' | 'rule';

/** Trims runs of divider characters from both ends; returns the middle (folded) and how many were cut. */
function stripDividerChars(content: string): { middle: string; cut: number } {
  const chars = '-=_*~ \t#';
  let a = 0;
  let b = content.length;
  while (a < b && chars.indexOf(content.charAt(a)) !== -1) a++;
  while (b > a && chars.indexOf(content.charAt(b - 1)) !== -1) b--;
  return { middle: content.slice(a, b), cut: a + (content.length - b) };
}

/** Recognises "-----Original Message-----", forward dividers and bare rules of `_`, `-` or `=`. */
export function dividerKind(content: string): DividerKind | null {
  if (content.length < 2 || content.length > 120) return null;
  const { middle, cut } = stripDividerChars(content);
  if (middle.length === 0) {
    // A bare rule: Outlook's underscore line, or dashes/equals used as a quote separator.
    return cut >= 3 ? 'rule' : null;
  }
  const folded = fold(middle);
  let bare = folded;
  if (bare.charAt(bare.length - 1) === ':' || bare.charAt(bare.length - 1) === '：') bare = bare.slice(0, -1).trim();
  for (const phrase of FORWARD_LINES) {
    if (bare === phrase) return 'forward';
  }
  if (cut < 2) return null;
  for (const phrase of DIVIDER_PHRASES) {
    if (folded.indexOf(phrase) !== -1) {
      return dividerPhraseKind(phrase);
    }
  }
  return null;
}

/** "-------- Ursprüngliche Nachricht --------Von: …": a divider with the first header glued to it. */
export function leadingDividerKind(content: string): DividerKind | null {
  if (content.length < 6 || content.charAt(0) !== '-' || content.charAt(1) !== '-') return null;
  const head = fold(content.slice(0, 80));
  for (const phrase of DIVIDER_PHRASES) {
    const at = head.indexOf(phrase);
    if (at !== -1 && at < 20 && head.charAt(at + phrase.length + 1) === '-') return dividerPhraseKind(phrase);
  }
  return null;
}

const FORWARD_STEMS = [
  'пересылаемое',
  'forward',
  'weitergeleitet',
  'transfere',
  'reenviado',
  'doorgestuurd',
  'inoltrato',
  'encaminhada',
  'videresendt',
  'vidarebefordrat',
  'пересланное',
];

function dividerPhraseKind(phrase: string): DividerKind {
  for (const stem of FORWARD_STEMS) {
    if (phrase.indexOf(stem) !== -1) return 'forward';
  }
  return 'original';
}

const EMAIL = /[^\s<>()"'[\]:;,]{1,64}@[^\s<>()"'[\]:;,]{1,255}\.[A-Za-z]{2,24}/;
const TIME = /\d{1,2}[:.h]\d\d/;
const YEAR = /(^|[^\d])(19|20)\d\d($|[^\d])/;
const ISO_GMT = /^\d{4}-\d\d-\d\d \d{1,2}:\d\d GMT[+-]\d\d:\d\d /;

export function containsEmail(s: string): boolean {
  return s.indexOf('@') !== -1 && EMAIL.test(s);
}

/** The first e-mail address in `s`, as written, or null. */
export function findEmail(s: string): string | null {
  if (s.indexOf('@') === -1) return null;
  const match = EMAIL.exec(s);
  return match ? match[0] : null;
}

function hasDate(s: string): boolean {
  return TIME.test(s) || YEAR.test(s);
}

function hasWroteWord(folded: string): boolean {
  for (const word of WROTE_WORDS) {
    let at = folded.indexOf(word);
    while (at !== -1) {
      const before = at === 0 ? ' ' : folded.charAt(at - 1);
      // A word start: not inside another Latin word ("rewrote" is not "wrote").
      if (!/[a-z]/.test(before)) return true;
      at = folded.indexOf(word, at + 1);
    }
  }
  return false;
}

/** True when a (possibly joined) line reads as "On <date>, <name> wrote:" in any supported form. */
/** Right-to-left clients wrap header lines in direction marks; they carry no meaning here. */
function stripDirectionMarks(s: string): string {
  return s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

export function isAttributionText(text: string): boolean {
  const s = stripDirectionMarks(text).trim();
  if (s.length < 6 || s.length > MAX_HEADER_LINE) return false;
  const last = s.charAt(s.length - 1);
  const endsWithColon = last === ':' || last === '：';
  if (!endsWithColon) {
    // Cheap exits first: nearly every line of a long body ends neither in a colon nor in a verb.
    if (ISO_GMT.test(s)) return true;
    if (!ENDS_WITH_VERB.test(fold(s.slice(-12)))) return false;
  }
  const folded = fold(s);
  const wrote = hasWroteWord(folded);
  const date = hasDate(s);
  const email = containsEmail(s);
  if (endsWithColon) {
    if (wrote && (date || email || /^(on|at|le|am|el|op|il|em|w dniu|dnia|den|in data|pa) /.test(folded))) return true;
    if (email && date) return true;
    // "Test user <test@example.com> schrieb:" and "Name <address> wrote:" carry no date.
    if (wrote && s.indexOf('<') !== -1) return true;
    return false;
  }
  // Headers that end in the verb with no colon ("… wrote"), or Zoho's "---- On … wrote ----" once stripped.
  if (wrote && date) return /^(on|le|am|el|op|il|em|den) /.test(folded) || email;
  return false;
}

const ENDS_WITH_VERB = /(wrote|schrieb|a ecrit|escribio|schreef|ha scritto|escreveu|skrev)$/;

/**
 * Where an attribution starts inside a line that begins with reply text ("reply On Wed, … wrote:",
 * "bla--- On …"); 0 when the line is all header. The text before must carry no date of its own, so a
 * name like "Jean Le Pen" inside a real header never splits it.
 */
export function attributionStartInLine(joined: string): number {
  const re = /(\s|-)(on|le|am|el|op|il|em|w dniu|den|på) /gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(joined)) !== null) {
    const k = m.index + m[1].length;
    const prefix = joined.slice(0, m.index).trim();
    if (prefix.length === 0) continue;
    if (hasDate(prefix) || /^(on|le|am|el|op|il|em|w dniu|den|på)( |$)/i.test(prefix)) return 0;
    if (isAttributionText(stripZoho(joined.slice(k)))) return k;
  }
  return 0;
}

export interface Attribution {
  first: number;
  last: number;
  text: string;
}

/** Renders a line as seen at `depth`: extra quote markers become part of the text (for wrapped "<addr\n>:"). */
function contentAtDepth(text: string, line: Line, depth: number): string {
  if (line.depth <= depth) return line.content;
  const extra = line.depth - depth;
  let prefix = '';
  for (let k = 0; k < extra; k++) prefix += '>';
  void text;
  return prefix + line.content;
}

/**
 * An attribution header starting at line `i`, possibly wrapped over up to four lines
 * (Gmail wraps long names and addresses: "On Mon, … The Hiring Engine <\naddress> wrote:").
 */
export function matchAttribution(text: string, lines: Line[], i: number): Attribution | null {
  const start = lines[i];
  if (isBlank(start) || start.content.length > MAX_HEADER_LINE) return null;
  const depth = start.depth;
  let joined = stripZoho(start.content);
  if (isAttributionText(joined)) return { first: i, last: i, text: joined };
  // Only lines that look like the start of a header may continue onto the next lines.
  if (!looksLikeHeaderStart(start.content)) return null;
  let nonBlank = 1;
  for (let j = i + 1; j < lines.length && j <= i + 6 && nonBlank < 5; j++) {
    const line = lines[j];
    const previousContent = lines[j - 1].content;
    if (!isBlank(lines[j - 1]) && endsSentence(previousContent)) return null;
    if (isBlank(line)) {
      // Only an address left open ("<" then "mailto:…" below, or "<" on the next line) continues over a blank.
      const next = j + 1 < lines.length ? lines[j + 1].content : '';
      if (joined.split('<').length <= joined.split('>').length && next.charAt(0) !== '<') return null;
      continue;
    }
    // A line that is a header by itself starts its own header; don't swallow it into this one.
    if (hasDate(line.content) && isAttributionText(line.content)) return null;
    let piece: string;
    if (line.depth === depth) {
      piece = line.content;
    } else if (line.depth === depth + 1 && joined.split('<').length > joined.split('>').length) {
      // "…<test@example.com\n>:" — the closing bracket landed at the start of the next line.
      piece = contentAtDepth(text, line, depth);
    } else {
      return null;
    }
    if (readField(piece) !== null && readField(piece)!.kind !== 'other') return null;
    joined = joined + (piece.charAt(0) === '>' || joined.charAt(joined.length - 1) === '<' ? '' : ' ') + piece;
    nonBlank++;
    if (joined.length > MAX_HEADER_LINE) return null;
    if (isAttributionText(joined)) return { first: i, last: j, text: joined };
  }
  return null;
}

/** "…rendering." ends a sentence; "28." and "Apr." in a wrapped date do not. */
function endsSentence(content: string): boolean {
  const last = content.charAt(content.length - 1);
  if ('!?。！？'.indexOf(last) !== -1) return true;
  if (last !== '.') return false;
  let letters = 0;
  for (let k = content.length - 2; k >= 0 && /[A-Za-z\u00c0-\u024f]/.test(content.charAt(k)); k--) letters++;
  return letters >= 5;
}

function stripZoho(content: string): string {
  if (content.charAt(0) !== '-') return content;
  const { middle, cut } = stripDividerChars(content);
  return cut >= 4 && middle.length > 0 ? middle : content;
}

/** A line that could open a wrapped attribution: a known lead word with a date, or a date with a name. */
function looksLikeHeaderStart(content: string): boolean {
  if (content.length > 300) return false;
  const folded = fold(content);
  if (/^(on|le|am|el|op|il|em|w dniu|dnia|den|in data|pa|at|il giorno) /.test(folded))
    return /\d/.test(content) || hasWroteWord(folded);
  return hasDate(content) || (containsEmail(content) && hasWroteWord(folded));
}

/** Mobile and client taglines that end a reply ("Sent from my iPhone", "Von meinem iPhone gesendet"). */
const MOBILE_PREFIXES = [
  'verzonden vanuit ',
  'verstuurd vanuit ',
  'sent from ',
  'sent with ',
  'sent via ',
  'sent using ',
  'sent on the go',
  'get outlook for ',
  'von meinem ',
  'gesendet von ',
  'gesendet mit ',
  'gesendet vom ',
  'envoye de ',
  'envoye depuis ',
  'envoye a partir de ',
  'envoye avec ',
  'enviado desde ',
  'enviado do ',
  'enviado de ',
  'enviado con ',
  'enviado a partir ',
  'enviado via ',
  'inviato da ',
  'inviato dal ',
  'verzonden vanaf ',
  'verzonden met ',
  'verstuurd vanaf ',
  'verstuurd met ',
  'skickat fran ',
  'sendt fra ',
  'wyslane z ',
  'wyslano z ',
  'odeslano z ',
  'trimis de ',
  'enviat des de ',
  'lahetetty ',
  'отправлено с ',
  'отправлено из ',
  'надіслано з ',
  'στάλθηκε από ',
  'enviado pelo ',
  'envoye par ',
  'أُرسلت من ',
  'ارسلت من ',
  'أرسلت من ',
];

const MOBILE_FIRST = firstChars(MOBILE_PREFIXES.concat(['von meinem', 'vom meinem', 'az ']));

function firstChars(prefixes: string[]): Set<string> {
  const set = new Set<string>();
  for (const p of prefixes) set.add(p.charAt(0));
  return set;
}

/** Cheap first-letter test so that most lines skip the prefix tables. */
function mayStartWith(content: string, first: Set<string>): boolean {
  let k = 0;
  while (k < content.length && k < 4 && '\u200e\u200f\u202a\u202b\u202c\u202d\u202e'.indexOf(content.charAt(k)) !== -1)
    k++;
  return first.has(fold(content.charAt(k)));
}

export function isMobileTagline(raw: string): boolean {
  if (raw.length > 100 || !mayStartWith(raw, MOBILE_FIRST)) return false;
  const content = stripDirectionMarks(raw).trim();
  if (content.length < 8 || content.length > 80 || content.indexOf(',') !== -1) return false;
  const folded = fold(content);
  for (const prefix of MOBILE_PREFIXES) {
    if (folded.startsWith(prefix)) return true;
  }
  // "Von meinem iPhone gesendet" and friends put the verb last.
  // "Von meinem iPhone gesendet", Hungarian "Az iPhone-omról küldve": the verb comes last.
  return /^(von meinem|vom meinem) .{1,40} gesendet$/.test(folded) || /^az .{1,40}rol kuldve$/.test(folded);
}

const DISCLAIMER_PREFIXES = [
  'confidentiality notice',
  'confidential notice',
  'confidentiality:',
  'confidentiality note',
  'disclaimer:',
  'disclaimer -',
  'legal disclaimer',
  'this email and any attachments',
  'this e-mail and any attachments',
  'this email and any files',
  'this e-mail and any files',
  'this message and any attachments',
  'this email is confidential',
  'this e-mail is confidential',
  'this message is confidential',
  'this email message is',
  'this e-mail message is',
  'this message contains confidential',
  'this email contains confidential',
  'the information contained in this',
  'the information in this email',
  'the information in this e-mail',
  'this communication is confidential',
  'this email may contain confidential',
  'this e-mail may contain',
  'privileged and confidential',
  'privileged & confidential',
  'important notice:',
  'important: this email',
  'notice: this email',
  'notice: this e-mail',
  'this email is intended only',
  'this e-mail is intended only',
  'this message is intended only',
  'this email is intended solely',
  'diese e-mail enthalt vertrauliche',
  'diese nachricht enthalt vertrauliche',
  'ce message et toutes les pieces jointes',
  'ce message et ses pieces jointes',
  'este mensaje y sus anexos',
  'este mensaje es confidencial',
  'questo messaggio e',
  'le informazioni contenute in questo',
  'les informations contenues dans ce',
  'die informationen in dieser',
  'dit bericht is uitsluitend',
  'deze e-mail is uitsluitend',
  'esta mensagem e',
];

const DISCLAIMER_FIRST = firstChars(DISCLAIMER_PREFIXES);

export function isDisclaimerStart(content: string): boolean {
  if (content.length < 10 || !mayStartWith(content, DISCLAIMER_FIRST)) return false;
  const folded = fold(content.slice(0, 80));
  for (const prefix of DISCLAIMER_PREFIXES) {
    if (folded.startsWith(prefix)) return true;
  }
  return false;
}
