/** A sender or recipient as read from a header; either part may be unknown. */
export interface Person {
  name: string | null;
  address: string | null;
}

/** One earlier message read from the quoted history of a draft (newest first in a list). */
export interface ThreadMessage {
  from: Person;
  to: Person[];
  cc: Person[];
  /** ISO 8601 UTC, or null when the header had no date or one we could not read. */
  sentAt: string | null;
  /** The date exactly as written in the header, for display and debugging. */
  sentAtText: string | null;
  subject: string | null;
  /** The message's own text, without deeper quoted history. */
  body: string;
}

export type SlaState = 'ok' | 'due-soon' | 'overdue' | 'unknown' | 'none';
