/**
 * Which mentions name one project: the walk's own findings first (a name the
 * unit gave before, a name that restates or builds a 专栏 item: `sameAs`),
 * then the rules, each in a file of its own: same-name.ts, same-entry.ts,
 * prefixed-name.ts. Mentions joined by any rule are one project (the rules
 * are transitive: union-find). Each mention keeps the rule that first joined
 * it to another.
 */
import type { MatchRule } from '../../schema/project.js'
import type { Extraction, Found } from '../extraction.js'
import { prefixedName } from './prefixed-name.js'
import { sameEntry } from './same-entry.js'
import { sameName } from './same-name.js'

export interface Group {
  /** In document order. */
  members: Array<{ found: Found; matched: MatchRule }>
}

export function groupMentions(found: readonly Found[], extraction: Extraction): Group[] {
  const parent = found.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  const rule = new Map<number, MatchRule>()
  // `a` names the project first; a rule the walk found (`sameAs`) says why `b` names it again, not why `a` does.
  const join = (a: number, b: number, by: MatchRule, forced = false) => {
    if (!rule.has(b)) rule.set(b, by)
    if (!forced && !rule.has(a)) rule.set(a, by)
    const [x, y] = [root(a), root(b)]
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y)
  }
  const byId = new Map(found.map((f, i) => [f.id, i]))
  found.forEach((f, i) => {
    const target = f.sameAs === undefined ? undefined : byId.get(f.sameAs)
    if (target !== undefined) join(target, i, f.matched!, true)
  })
  for (const [a, b] of sameName(found, extraction.keys)) join(a, b, 'same-name')
  for (const [a, b] of sameEntry(found, extraction.keys)) join(a, b, 'same-entry')
  for (const [a, b] of prefixedName(found, extraction.keys, root)) join(a, b, 'prefixed-name')
  const groups = new Map<number, Group>()
  found.forEach((f, i) => {
    const r = root(i)
    const group = groups.get(r) ?? { members: [] }
    group.members.push({ found: f, matched: f.matched ?? rule.get(i) ?? 'same-name' })
    groups.set(r, group)
  })
  return [...groups.values()]
}
