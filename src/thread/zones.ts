import { IANAZone } from 'luxon';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';

/** The zone used when a name can be neither read as IANA nor mapped from Windows. */
export const FALLBACK_ZONE = 'UTC';

export interface ResolvedZone {
  /** An IANA zone name luxon can use. */
  zone: string;
  /** How the input was read; 'fallback' means it was not understood and UTC is used instead. */
  source: 'iana' | 'windows' | 'fallback';
  /** The name as given, for messages such as "Unknown time zone 'X', times shown in UTC". */
  input: string | null;
}

// Windows name (lower case) → IANA name, built on first use from CLDR's windowsZones data.
// We read the map directly: windows-iana's findIana uses Array.prototype.flat, which the
// classic Outlook runtime lacks.
let windowsToIana: Map<string, string> | null = null;

function windowsMap(): Map<string, string> {
  if (windowsToIana) return windowsToIana;
  const map = new Map<string, string>();
  for (const entry of WINDOWS_TO_IANA_MAP) {
    // Territory '001' is CLDR's "golden" zone for each Windows name.
    if (entry.territory === '001' && entry.iana.length > 0) {
      map.set(entry.windowsName.toLowerCase(), entry.iana[0]);
    }
  }
  // A few names lack a '001' row in some data versions: take the first mapping we see.
  for (const entry of WINDOWS_TO_IANA_MAP) {
    const key = entry.windowsName.toLowerCase();
    if (!map.has(key) && entry.iana.length > 0) map.set(key, entry.iana[0]);
  }
  windowsToIana = map;
  return map;
}

/** True when luxon (through Intl) can compute offsets for this IANA name. */
export function isValidIanaZone(name: string): boolean {
  try {
    return IANAZone.isValidZone(name);
  } catch {
    return false;
  }
}

/**
 * Reads a time zone name as Office or a user gives it: an IANA name ("Europe/Berlin") is used
 * as is; a Windows name ("W. Europe Standard Time", as in Office's userProfile.timeZone on
 * desktop) is mapped to IANA. Anything else falls back to UTC with source 'fallback' so the UI
 * can say that times are shown in UTC.
 */
export function resolveTimeZone(name: string | null | undefined): ResolvedZone {
  const input = typeof name === 'string' ? name : null;
  const trimmed = input === null ? '' : input.trim();
  if (trimmed !== '') {
    if (isValidIanaZone(trimmed)) return { zone: trimmed, source: 'iana', input };
    const mapped = windowsMap().get(trimmed.toLowerCase());
    if (mapped !== undefined && isValidIanaZone(mapped)) {
      return { zone: mapped, source: 'windows', input };
    }
  }
  return { zone: FALLBACK_ZONE, source: 'fallback', input };
}

/** Maps a Windows zone name to IANA; null when the name is not a known Windows zone. */
export function windowsZoneToIana(windowsName: string): string | null {
  const mapped = windowsMap().get(windowsName.trim().toLowerCase());
  return mapped === undefined ? null : mapped;
}
