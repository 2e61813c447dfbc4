/**
 * Undo for applied suggestions: the caller pushes the exact body HTML before each
 * change and restores what pop() returns. Bounded by entry count and total UTF-16
 * code units, dropping the oldest entries first (a draft can be megabytes).
 */
export class UndoStack {
  private readonly entries: string[] = [];
  private totalLength = 0;

  constructor(
    private readonly maxEntries = 20,
    private readonly maxTotalLength = 8 * 1024 * 1024,
  ) {}

  /** Remembers a previous body. A body larger than the whole budget is not kept. */
  push(previousBody: string): void {
    if (typeof previousBody !== 'string' || previousBody.length > this.maxTotalLength || this.maxEntries < 1) return;
    this.entries.push(previousBody);
    this.totalLength += previousBody.length;
    while (this.entries.length > this.maxEntries || this.totalLength > this.maxTotalLength) {
      const dropped = this.entries.shift() as string;
      this.totalLength -= dropped.length;
    }
  }

  /** The most recent previous body, removed from the stack; undefined when empty. */
  pop(): string | undefined {
    const body = this.entries.pop();
    if (body !== undefined) this.totalLength -= body.length;
    return body;
  }

  peek(): string | undefined {
    return this.entries.length > 0 ? this.entries[this.entries.length - 1] : undefined;
  }

  get size(): number {
    return this.entries.length;
  }

  /** UTF-16 code units currently held. */
  get heldLength(): number {
    return this.totalLength;
  }

  clear(): void {
    this.entries.length = 0;
    this.totalLength = 0;
  }
}
