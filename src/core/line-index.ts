/** Lines of a text by offset: where each line starts, and which line holds an offset (a binary search). */

/** Offsets at which the lines of `s` start (the first is 0). */
export function lineStartsOf(s: string): number[] {
  const starts = [0];
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line that holds `offset`: the last start at or before it (a newline belongs to its own line). */
export function lineIndexAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
