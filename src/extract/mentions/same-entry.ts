/**
 * Rule `same-entry`: two mentions that are the same gazetteer facility or
 * place (its name or an alias, after prefixes that agree with where it
 * stands: keys.ts) name one project: 斯达特维克有限公司煤矿刮板机输送机制造项目
 * and 煤矿刮板输送机制造项目 when the gazetteer lists both names for one
 * facility; X市Y产业园项目 and Y产业园区 for one park that has both names.
 */
import type { Found } from '../extraction.js'
import { entryId } from '../relations.js'
import type { MentionKeys } from './keys.js'

export function sameEntry(found: readonly Found[], keys: MentionKeys): Array<[number, number]> {
  const first = new Map<string, number>()
  const out: Array<[number, number]> = []
  found.forEach((f, i) => {
    const entry = keys.entryOf(f.name)
    if (!entry) return
    const key = `${entry.kind}:${entryId(entry)}`
    const j = first.get(key)
    if (j === undefined) first.set(key, i)
    else out.push([j, i])
  })
  return out
}
