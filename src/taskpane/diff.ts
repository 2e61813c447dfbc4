// A word-level diff for showing a rewrite: short strings only (a sentence or two), so the
// quadratic table is bounded by MAX_TOKENS and falls back to "replace all" beyond it.

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

const MAX_TOKENS = 400;

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) || [];
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return merge([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  }
  // lcs[i][j] = length of the longest common subsequence of a[i:] and b[j:]
  const lcs: number[][] = [];
  for (let i = a.length; i >= 0; i--) {
    lcs[i] = [];
    for (let j = b.length; j >= 0; j--) {
      lcs[i][j] =
        i === a.length || j === b.length
          ? 0
          : a[i] === b[j]
            ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      parts.push({ kind: 'removed', text: a[i++] });
    } else {
      parts.push({ kind: 'added', text: b[j++] });
    }
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++] });
  while (j < b.length) parts.push({ kind: 'added', text: b[j++] });
  // A rewrite that keeps few of the writer's words reads better as "old, then new" than as
  // confetti; one that keeps them all (an inserted acknowledgment) reads best inline.
  const kept = parts.filter((p) => p.kind === 'same' && /\S/.test(p.text)).length;
  const words = a.filter((t) => /\S/.test(t)).length;
  if (words > 0 && kept / words < 0.5) {
    return merge([
      { kind: 'removed', text: before },
      { kind: 'added', text: (before && after ? ' ' : '') + after },
    ]);
  }
  return merge(parts);
}

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
