import { classifyPerson, domainOf, findClient, isPublicMailDomain } from '../../src/thread/client';
import { resolveTimeZone, windowsZoneToIana } from '../../src/thread/zones';
import { msg, person } from './fixtures/messages';

const ME = 'sam@brightdesk.co';

describe('classifyPerson', () => {
  it('knows the user by address, in any case', () => {
    expect(classifyPerson(person('Sam Lee <SAM@BrightDesk.co>'), { me: ME })).toBe('me');
    expect(classifyPerson(person('sam.lee@brightdesk.co'), { me: ME, myAliases: ['sam.lee@brightdesk.co'] })).toBe(
      'me',
    );
  });

  it("treats the user's own domain and its subdomains as colleagues", () => {
    expect(classifyPerson(person('priya@brightdesk.co'), { me: ME })).toBe('colleague');
    expect(classifyPerson(person('ops@uk.brightdesk.co'), { me: ME })).toBe('colleague');
    // A lookalike domain is not a subdomain.
    expect(classifyPerson(person('x@notbrightdesk.co'), { me: ME })).toBe('client');
  });

  it('never makes someone a colleague through a public mail domain', () => {
    const me = 'sam.freelance@gmail.com';
    expect(classifyPerson(person('dana.w@gmail.com'), { me })).toBe('client');
    expect(classifyPerson(person('dana.w@gmail.com'), { me, ownDomains: ['gmail.com'] })).toBe('client');
    // …but a named colleague is one wherever their mail lives.
    expect(classifyPerson(person('jo.partner@gmail.com'), { me, colleagues: ['Jo.Partner@gmail.com'] })).toBe(
      'colleague',
    );
    expect(isPublicMailDomain('Outlook.com')).toBe(true);
    expect(isPublicMailDomain('whitfieldstudio.com')).toBe(false);
  });

  it('uses configured own domains', () => {
    expect(
      classifyPerson(person('lee@brightdesk-agency.com'), { me: ME, ownDomains: ['@Brightdesk-Agency.com'] }),
    ).toBe('colleague');
  });

  it('lets client domains win over own domains', () => {
    // A client inside the same group (say a sister company on a subdomain).
    const options = { me: ME, clientDomains: ['retail.brightdesk.co'] };
    expect(classifyPerson(person('buyer@retail.brightdesk.co'), options)).toBe('client');
    expect(classifyPerson(person('priya@brightdesk.co'), options)).toBe('colleague');
    // Even a listed colleague address in a client domain is a client.
    expect(
      classifyPerson(person('a@retail.brightdesk.co'), { ...options, colleagues: ['a@retail.brightdesk.co'] }),
    ).toBe('client');
  });

  it('reads people without an address by name only', () => {
    expect(classifyPerson(person('Dana Whitfield'), { me: ME })).toBe('client');
    expect(classifyPerson(person('Sam  Lee'), { me: ME, myAliases: ['sam lee'] })).toBe('me');
    expect(classifyPerson({ name: null, address: null }, { me: ME })).toBe('unknown');
  });

  it('gives the domain of an address', () => {
    expect(domainOf('Dana@WhitfieldStudio.com')).toBe('whitfieldstudio.com');
    expect(domainOf('no-at-sign')).toBe('');
    expect(domainOf(null)).toBe('');
  });
});

describe('findClient', () => {
  it('is the newest sender who is neither me nor a colleague', () => {
    const thread = [
      msg('Priya Shah <priya@brightdesk.co>', null),
      msg('Marco Ruiz <marco@whitfieldstudio.com>', null),
      msg(ME, null),
      msg('Dana Whitfield <dana@whitfieldstudio.com>', null),
    ];
    expect(findClient(thread, { me: ME })).toEqual({ name: 'Marco Ruiz', address: 'marco@whitfieldstudio.com' });
  });

  it('is found even when I answered last', () => {
    const thread = [msg(ME, null), msg('Dana Whitfield <dana@whitfieldstudio.com>', null)];
    expect(findClient(thread, { me: ME })).toEqual({ name: 'Dana Whitfield', address: 'dana@whitfieldstudio.com' });
  });

  it('is null when only the user and colleagues wrote', () => {
    expect(findClient([msg(ME, null), msg('priya@brightdesk.co', null)], { me: ME })).toBeNull();
    expect(findClient([], { me: ME })).toBeNull();
  });
});

describe('time zones', () => {
  it('maps Windows names from Office to IANA', () => {
    expect(resolveTimeZone('Pacific Standard Time')).toEqual({
      zone: 'America/Los_Angeles',
      source: 'windows',
      input: 'Pacific Standard Time',
    });
    expect(resolveTimeZone('W. Europe Standard Time').zone).toBe('Europe/Berlin');
    expect(resolveTimeZone('GMT Standard Time').zone).toBe('Europe/London');
    expect(resolveTimeZone('Eastern Standard Time').zone).toBe('America/New_York');
    expect(resolveTimeZone('AUS Eastern Standard Time').zone).toBe('Australia/Sydney');
    expect(resolveTimeZone('India Standard Time').zone).toBe('Asia/Calcutta');
    expect(resolveTimeZone('  romance standard time ').zone).toBe('Europe/Paris');
    expect(windowsZoneToIana('Tokyo Standard Time')).toBe('Asia/Tokyo');
    expect(windowsZoneToIana('Europe/Paris')).toBeNull();
  });

  it('accepts IANA names as they are', () => {
    expect(resolveTimeZone('Europe/Paris')).toEqual({ zone: 'Europe/Paris', source: 'iana', input: 'Europe/Paris' });
    expect(resolveTimeZone('UTC').source).toBe('iana');
  });

  it('falls back to UTC, flagged, for anything else', () => {
    expect(resolveTimeZone('Atlantis Standard Time')).toEqual({
      zone: 'UTC',
      source: 'fallback',
      input: 'Atlantis Standard Time',
    });
    expect(resolveTimeZone('')).toMatchObject({ zone: 'UTC', source: 'fallback' });
    expect(resolveTimeZone(null)).toEqual({ zone: 'UTC', source: 'fallback', input: null });
  });
});
