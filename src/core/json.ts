/**
 * A value stored by another surface: JSON text, or on some clients an object already parsed.
 * Returns the value, or undefined when the text is not JSON, so callers fall back, never throw.
 */
export function storedValue(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
