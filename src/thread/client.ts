import type { Person, ThreadMessage } from './types';

/**
 * Free mail providers: sharing one of these domains with the user says nothing about
 * working together, so they never make someone a colleague by domain alone.
 */
export const PUBLIC_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'hotmail.de',
  'live.com',
  'live.co.uk',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.de',
  'ymail.com',
  'rocketmail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'zoho.com',
  'zohomail.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'fastmail.com',
  'hey.com',
  'tutanota.com',
  'tuta.io',
  'qq.com',
  '163.com',
  'orange.fr',
  'free.fr',
  'laposte.net',
  't-online.de',
  'libero.it',
  'btinternet.com',
  'comcast.net',
  'verizon.net',
  'att.net',
];

/** Who the user is and who works with them. */
export interface PartyOptions {
  /** The user's own address. */
  me: string;
  /** Other addresses or display names that are the user (aliases, shared mailbox, "From: Sam Lee" without an address). */
  myAliases?: string[];
  /** Domains of the user's organisation; the user's own domain counts unless it is public mail. */
  ownDomains?: string[];
  /** Colleague addresses outside the own domains. */
  colleagues?: string[];
  /** Domains that are always clients, even when they match an own domain. */
  clientDomains?: string[];
}

/** 'unknown': the header named nobody (no address, no name), so we cannot tell who wrote it. */
export type Party = 'me' | 'colleague' | 'client' | 'unknown';

function normalizeAddress(address: string | null | undefined): string {
  return typeof address === 'string' ? address.trim().toLowerCase() : '';
}

function normalizeName(name: string | null | undefined): string {
  return typeof name === 'string' ? name.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

function normalizeDomain(domain: string): string {
  let d = domain.trim().toLowerCase();
  if (d.charAt(0) === '@') d = d.slice(1);
  return d;
}

/** The domain part of an address, lower case; '' when there is none. */
export function domainOf(address: string | null | undefined): string {
  const a = normalizeAddress(address);
  const at = a.lastIndexOf('@');
  return at < 0 ? '' : a.slice(at + 1);
}

/** True when `domain` is `base` or a subdomain of it (uk.acme.com under acme.com). */
function domainMatches(domain: string, base: string): boolean {
  if (domain === '' || base === '') return false;
  if (domain === base) return true;
  return domain.length > base.length && domain.slice(-(base.length + 1)) === '.' + base;
}

export function isPublicMailDomain(domain: string): boolean {
  const d = normalizeDomain(domain);
  for (const publicDomain of PUBLIC_MAIL_DOMAINS) {
    if (d === publicDomain) return true;
  }
  return false;
}

/** Prepared lookups for classifying many people against the same options. */
export interface PartyClassifier {
  classify(person: Person): Party;
}

/** The strings of a list that may come from hand-edited or old settings. */
function strings(list: readonly string[] | undefined): string[] {
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

export function createPartyClassifier(options: PartyOptions): PartyClassifier {
  const me = normalizeAddress(options.me);
  const myAddresses = new Set<string>();
  const myNames = new Set<string>();
  if (me !== '') myAddresses.add(me);
  for (const alias of strings(options.myAliases)) {
    if (alias.indexOf('@') >= 0) myAddresses.add(normalizeAddress(alias));
    else if (normalizeName(alias) !== '') myNames.add(normalizeName(alias));
  }

  const colleagueAddresses = new Set<string>();
  for (const c of strings(options.colleagues)) colleagueAddresses.add(normalizeAddress(c));

  const ownDomains: string[] = [];
  const myDomain = domainOf(me);
  if (myDomain !== '') ownDomains.push(myDomain);
  for (const d of strings(options.ownDomains)) ownDomains.push(normalizeDomain(d));
  const colleagueDomains = ownDomains.filter((d) => d !== '' && !isPublicMailDomain(d));
  const clientDomains = strings(options.clientDomains)
    .map(normalizeDomain)
    .filter((d) => d !== '');

  return {
    classify(person: Person): Party {
      // Data from settings or Graph may be malformed: never throw, just know nothing.
      if (!person || typeof person !== 'object') return 'unknown';
      const address = normalizeAddress(person.address);
      if (address === '') {
        // No address: only a known name of the user's can tell us anything.
        const name = normalizeName(person.name);
        if (name === '') return 'unknown';
        return myNames.has(name) ? 'me' : 'client';
      }
      if (myAddresses.has(address)) return 'me';
      const domain = domainOf(address);
      for (const d of clientDomains) if (domainMatches(domain, d)) return 'client';
      if (colleagueAddresses.has(address)) return 'colleague';
      for (const d of colleagueDomains) if (domainMatches(domain, d)) return 'colleague';
      return 'client';
    },
  };
}

export function isPartyClassifier(value: PartyOptions | PartyClassifier): value is PartyClassifier {
  return typeof (value as PartyClassifier).classify === 'function';
}

function toClassifier(parties: PartyOptions | PartyClassifier): PartyClassifier {
  return isPartyClassifier(parties) ? parties : createPartyClassifier(parties);
}

/** How one person relates to the user. */
export function classifyPerson(person: Person, parties: PartyOptions | PartyClassifier): Party {
  return toClassifier(parties).classify(person);
}

/**
 * The client of a thread: the sender of the newest quoted message who is neither the user nor
 * a colleague. `messages` are newest first. Null when every sender is the user or a colleague.
 */
export function findClient(messages: readonly ThreadMessage[], parties: PartyOptions | PartyClassifier): Person | null {
  const classifier = toClassifier(parties);
  for (const message of messages) {
    if (message && classifier.classify(message.from) === 'client') return message.from;
  }
  return null;
}
