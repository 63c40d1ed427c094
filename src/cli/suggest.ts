/**
 * "Did you mean": the candidate closest to what was typed, when it is close
 * enough to be a typo (at most 2 edits, and fewer than half the word's
 * letters). What was typed may be anything a shell passes, a megabyte included:
 * a word much longer than every candidate is compared with none.
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment: `shwo`
 * is one edit from `show`), stopping early once it exceeds `max` (then `max + 1`).
 */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1)
      current.push(d)
      if (d < best) best = d
    }
    if (best > max) return max + 1
    before = previous
    previous = current
  }
  return previous[b.length]!
}

/**
 * The closest candidate to `typed`, or `undefined` when none is close (ties: the first); failing that, the one
 * candidate `typed` begins (`located` -> `located-in`), when it is at least two characters and begins only one.
 */
export function closest(typed: string, candidates: Iterable<string>): string | undefined {
  let found: string | undefined
  let best = Infinity
  const starts = new Set<string>()
  const lower = typed.toLowerCase()
  for (const c of candidates) {
    const max = Math.min(2, Math.floor((c.length - 1) / 2))
    const d = distance(lower, c.toLowerCase(), max)
    if (d <= max && d < best) {
      best = d
      found = c
    }
    if (lower.length >= 2 && c.length > lower.length && c.toLowerCase().startsWith(lower)) starts.add(c)
  }
  return found ?? (starts.size === 1 ? [...starts][0] : undefined)
}
