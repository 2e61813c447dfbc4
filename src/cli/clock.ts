import { DateTime } from 'luxon';
import { resolveTimeZone } from '../thread/zones';
import { UsageError } from './input';
import type { CliIO } from './io';

/** The zone quoted header times are read in, and the moment waits are measured to. */
export interface Clock {
  zone: string;
  now: Date;
}

/** TZ when it names a zone we know, else the system's zone, else UTC. */
export function machineZone(io: CliIO): string {
  const fromEnv = io.env.TZ;
  if (fromEnv && resolveTimeZone(fromEnv).source !== 'fallback') return fromEnv;
  try {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) return zone;
  } catch {
    // Fall through to UTC.
  }
  return 'UTC';
}

/** The user's locale from LC_ALL / LC_TIME / LANG ("de_DE.UTF-8" → "de-DE"), for numeric header dates. */
export function localeFromEnv(env: CliIO['env']): string | undefined {
  const raw = env.LC_ALL || env.LC_TIME || env.LANG || '';
  const match = /^([a-z]{2,3})(?:_([A-Z]{2}))?/.exec(raw);
  if (!match) return undefined;
  return match[2] ? match[1] + '-' + match[2] : match[1];
}

/** --tz and --now as given (null when absent); a zone or time we can't read is a usage error. */
export function readClock(tz: string | null, now: string | null, io: CliIO): Clock {
  const zone = resolveTimeZone(tz !== null ? tz : machineZone(io));
  if (zone.source === 'fallback') throw new UsageError(`unknown time zone "${zone.input || ''}"`);
  if (now === null) return { zone: zone.zone, now: new Date() };
  const when = DateTime.fromISO(now.trim(), { zone: zone.zone });
  if (!when.isValid) throw new UsageError(`--now must be an ISO 8601 date and time, got "${now}"`);
  return { zone: zone.zone, now: when.toJSDate() };
}
