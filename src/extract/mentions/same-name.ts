/**
 * Rule `same-name`: two mentions with the same key (spaces, quotation marks
 * and a trailing mention suffix such as 项目 aside) name one project, in any
 * unit: 智创城 in a section and in a 专栏 item; 人民网大数据中心 and
 * 人民网大数据中心项目.
 */
import type { Found } from '../extraction.js'
import type { MentionKeys } from './keys.js'

/** Pairs of indexes into `found` that name one project by this rule. */
export function sameName(found: readonly Found[], keys: MentionKeys): Array<[number, number]> {
  const first = new Map<string, number>()
  const out: Array<[number, number]> = []
  found.forEach((f, i) => {
    const key = keys.key(f.name)
    const j = first.get(key)
    if (j === undefined) first.set(key, i)
    else out.push([j, i])
  })
  return out
}
