/**
 * Rule `prefixed-name`: a name that is another's with a place, a company, a
 * quantity or the jurisdiction's name before it names the same project
 * (A乡B村…试点 and B村…试点; C集团循环经济产业链项目 and
 * 循环经济产业链项目), when the shorter key has at least six characters and
 * only one project prints it with a prefix (two different prefixed projects
 * make the bare name ambiguous, and it joins neither). The bare name must be
 * one of the text's: a 专栏 item's bare title names the item's whole field
 * (蔬菜产业园区 over A镇蔬菜产业园区 and the others its text lists), not one
 * of its parts.
 */
import type { Found } from '../extraction.js'
import type { MentionKeys } from './keys.js'

/** The shortest key that may be another name without its prefix. */
export const MIN_BARE = 6

/** `groupOf(i)`: the project the earlier rules put mention `i` in (to tell one prefixed project from two). */
export function prefixedName(found: readonly Found[], keys: MentionKeys, groupOf: (i: number) => number): Array<[number, number]> {
  const byKey = new Map<string, number[]>()
  found.forEach((f, i) => {
    const key = keys.key(f.name)
    byKey.set(key, [...(byKey.get(key) ?? []), i])
  })
  // bare mention -> the prefixed mentions that print it
  const prefixedBy = new Map<number, number[]>()
  found.forEach((f, i) => {
    for (const { rest } of keys.stripped(f.name)) {
      if (rest.length < MIN_BARE) continue
      for (const j of byKey.get(rest) ?? []) if (j !== i && found[j]!.kind === 'named') prefixedBy.set(j, [...(prefixedBy.get(j) ?? []), i])
    }
  })
  const out: Array<[number, number]> = []
  for (const [bare, prefixed] of prefixedBy) {
    const projects = new Set(prefixed.map(groupOf))
    if (projects.size === 1) out.push([Math.min(bare, prefixed[0]!), Math.max(bare, prefixed[0]!)])
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1])
}
