import { findNewText, findReplyRanges } from '../../src/thread/split';

function reply(text: string): string {
  const range = findNewText(text);
  return text.slice(range.start, range.end);
}

describe('findNewText', () => {
  test.each([
    [
      'Outlook desktop block',
      'Thanks, will do.\n\nFrom: Jane Roe <jane@example.com>\nSent: Thursday, March 5, 2026 9:05 AM\nTo: Me <me@example.com>\nSubject: Plans\n\nCan you send it?',
      'Thanks, will do.',
    ],
    [
      'Outlook with underscore rule',
      'Sure.\n\n________________________________\nFrom: Jane Roe <jane@example.com>\nSent: Thursday, March 5, 2026 9:05 AM\nTo: me@example.com\nSubject: Plans\n\nHi',
      'Sure.',
    ],
    [
      'Original Message divider',
      'Done.\n\n-----Original Message-----\nFrom: Jane\nSent: Monday, December 15, 2024 3:00 PM\n\nold',
      'Done.',
    ],
    [
      'German Outlook',
      'Erledigt.\n\nVon: Max <max@example.de>\nGesendet: Donnerstag, 5. März 2026 09:05\nAn: Erika <e@example.de>\nBetreff: Frage\n\nHallo',
      'Erledigt.',
    ],
    [
      'French Outlook',
      'Merci.\n\nDe : Jean <jean@example.fr>\nEnvoyé : jeudi 5 mars 2026 09:05\nÀ : moi@example.fr\nObjet : Question\n\nBonjour',
      'Merci.',
    ],
    [
      'Spanish Outlook',
      'Gracias.\n\nDe: Ana <ana@example.es>\nEnviado: jueves, 5 de marzo de 2026 9:05\nPara: yo@example.es\nAsunto: Pregunta\n\nHola',
      'Gracias.',
    ],
    [
      'Dutch Outlook',
      'Bedankt.\n\nVan: Jan <jan@example.nl>\nVerzonden: donderdag 5 maart 2026 09:05\nAan: mij@example.nl\nOnderwerp: Vraag\n\nHoi',
      'Bedankt.',
    ],
    [
      'Italian Outlook',
      'Grazie.\n\nDa: Gianni <g@example.it>\nInviato: giovedì 5 marzo 2026 09:05\nA: me@example.it\nOggetto: Domanda\n\nCiao',
      'Grazie.',
    ],
    [
      'Portuguese Outlook',
      'Obrigado.\n\nDe: João <j@example.pt>\nEnviada: quinta-feira, 5 de março de 2026 09:05\nPara: eu@example.pt\nAssunto: Pergunta\n\nOlá',
      'Obrigado.',
    ],
    [
      'Gmail one line',
      'Yes!\n\nOn Thu, Mar 5, 2026 at 9:05 AM Jane Roe <jane@example.com> wrote:\n> Can we talk?',
      'Yes!',
    ],
    [
      'Gmail wrapped over three lines',
      'Yes!\n\nOn Thu, Mar 5, 2026 at 9:05 AM Jane Roe\n<jane@example.com>\nwrote:\n> Can we talk?',
      'Yes!',
    ],
    [
      'Gmail French wrapped',
      'Oui.\n\nLe jeu. 5 mars 2026 à 09:05, Jean <jean@example.fr>\na écrit :\n> Bonjour',
      'Oui.',
    ],
    ['Gmail German', 'Ja.\n\nAm Do., 5. März 2026 um 09:05 Uhr schrieb Max <max@example.de>:\n> Hallo', 'Ja.'],
    ['Gmail Spanish', 'Sí.\n\nEl jue, 5 mar 2026 a las 9:05, Ana (<ana@example.es>) escribió:\n> Hola', 'Sí.'],
    ['Gmail Dutch', 'Ja.\n\nOp do 5 mrt. 2026 om 09:05 schreef Jan <jan@example.nl>:\n> Hoi', 'Ja.'],
    [
      'Gmail Italian',
      'Sì.\n\nIl giorno gio 5 mar 2026 alle ore 09:05 Gianni <g@example.it> ha scritto:\n> Ciao',
      'Sì.',
    ],
    ['Gmail Portuguese', 'Sim.\n\nEm qui., 5 de mar. de 2026 às 09:05, João <j@example.pt> escreveu:\n> Olá', 'Sim.'],
    [
      'Apple Mail',
      'Great.\n\nOn Mar 5, 2026, at 9:05 AM, Jane Roe <jane@example.com> wrote:\n\n> Can we talk?',
      'Great.',
    ],
    [
      'Gmail forward',
      'FYI\n\n---------- Forwarded message ---------\nFrom: Jane <jane@example.com>\nDate: Thu, Mar 5, 2026 at 9:05 AM\nSubject: Plans\nTo: <me@example.com>\n\nHi',
      'FYI',
    ],
    [
      'Apple forward',
      'FYI\n\nBegin forwarded message:\n\nFrom: Jane <jane@example.com>\nSubject: Plans\nDate: March 5, 2026 at 9:05:00 AM GMT+1\nTo: me@example.com\n\nHi',
      'FYI',
    ],
    ['plain > quote', 'Agreed.\n> earlier text\n> more', 'Agreed.'],
    ['signature delimiter removed', 'See you then.\n\n-- \nJohn Smith\nACME', 'See you then.'],
    ['sign-off kept', 'See you then.\n\nBest,\nJohn', 'See you then.\n\nBest,\nJohn'],
    ['mobile tagline removed', 'On my way.\n\nSent from my iPhone', 'On my way.'],
    ['German tagline removed', 'Bin unterwegs.\n\nVon meinem iPhone gesendet', 'Bin unterwegs.'],
    [
      'disclaimer removed',
      'Attached.\n\nThanks,\nAnn\n\nCONFIDENTIALITY NOTICE: This email is for the recipient only.',
      'Attached.\n\nThanks,\nAnn',
    ],
    [
      'no quote at all',
      'Just a note.\nOn the other hand, nothing else.',
      'Just a note.\nOn the other hand, nothing else.',
    ],
    [
      'sentence starting with On is not a header',
      'On Thursday, I get proper rendering.\n\nOn Dec 16, 2011, at 12:47 PM, Corey <c@example.com> wrote:\n> hi',
      'On Thursday, I get proper rendering.',
    ],
    [
      'header on the same line as the reply',
      'Works for me On Fri, Jun 5, 2026 at 4:10 PM, ops@example.com wrote:\n> Can we deploy?',
      'Works for me',
    ],
    [
      'header glued with dashes',
      'Works for me--- On Fri, Jun 5, 2026 at 4:10 PM, ops@example.com wrote:\n> Can we deploy?',
      'Works for me',
    ],
    [
      'a name containing "Le" does not split a header',
      'Merci\n\nOn Fri, Jun 5, 2026 at 4:10 PM, Jean Le Pen <jean@example.fr> wrote:\n> Salut',
      'Merci',
    ],
    ['Date and To block without From', 'Noted\n\nDate: Fri, 5 Jun 2026 16:10:02 -0600\nTo: ops@example.com', 'Noted'],
    [
      'colon-less Gmail header above a blank line and a quote',
      'Looks right\n2026/6/5 Pat Kim <pat@example.com>\n\n> numbers attached',
      'Looks right',
    ],
    [
      'Dutch "het volgende geschreven"',
      'Prima\n\nOp 5 jun. 2026, om 16:10 heeft Piet <piet@example.nl> het volgende geschreven:\n\nOud bericht',
      'Prima',
    ],
    [
      'Hungarian device tagline',
      'Rendben\nAz iPhone-omról küldve\n\nOn Fri, Jun 5, 2026 at 4:10 PM Ann <ann@example.com> wrote:\n> ok?',
      'Rendben',
    ],
    [
      'Outlook fields separated by blank lines',
      'Noted, thanks.\n\n**Von:** Shop <service@shop.de>\n\n**Gesendet:** Mittwoch, 3. Juni 2026 um 09:43\n\n**An:** me@example.de\n\n**Betreff:** Karte\n\nBitte Foto senden.',
      'Noted, thanks.',
    ],
    ['CR-only line ends', 'Yes.\r\rOn Thu, Mar 5, 2026 at 9:05 AM Jane <jane@example.com> wrote:\r> hi', 'Yes.'],
    ['CRLF line ends', 'Yes.\r\n\r\nOn Thu, Mar 5, 2026 at 9:05 AM Jane <jane@example.com> wrote:\r\n> hi', 'Yes.'],
  ])('%s', (_name, text, expected) => {
    expect(reply(text)).toBe(expected);
  });

  test('offsets index the given text', () => {
    const text = '\n\n  Hello there  \n\nOn Thu, Mar 5, 2026 at 9:05 AM Jane <jane@example.com> wrote:\n> x';
    const range = findNewText(text);
    expect(range.start).toBe(text.indexOf('Hello'));
    expect(text.slice(range.start, range.end)).toBe('Hello there');
  });

  test('empty and whitespace input', () => {
    expect(findNewText('')).toEqual({ start: 0, end: 0 });
    expect(reply('   \n\n ')).toBe('');
  });
});

describe('findReplyRanges', () => {
  const segments = (text: string): string[] => findReplyRanges(text).map((r) => text.slice(r.start, r.end));

  test('top-posted reply is one segment', () => {
    expect(segments('Yes.\n\nOn Thu, Mar 5, 2026 at 9:05 AM Jane <jane@example.com> wrote:\n> Q1?\n')).toEqual([
      'Yes.',
    ]);
  });

  test('inline answers between bare quotes are separate segments', () => {
    const text = 'Hi Jane,\n\n> Can you do Friday?\n\nYes, Friday works.\n\n> And the budget?\n\nApproved.\n\n-- \nSam';
    expect(segments(text)).toEqual(['Hi Jane,', 'Yes, Friday works.', 'Approved.']);
  });

  test('bottom-posted reply under a quote', () => {
    expect(segments('> Are you there?\n\nI am here.\n')).toEqual(['I am here.']);
  });

  test('text below a header-introduced quote is history, not reply', () => {
    const text =
      'Yes.\n\nOn Thu, Mar 5, 2026 at 9:05 AM Jane <jane@example.com> wrote:\n> Q1?\n\nJane Roe\nACME mailing list footer\n';
    expect(segments(text)).toEqual(['Yes.']);
  });
});
