/**
 * The JSON the build writes: keys sorted, a final newline, so that the same
 * data always makes the same bytes. Two forms of the same data:
 *
 * - `stableJson`: compact, what the package ships in dist/data (consumers
 *   have these bytes; they do not change).
 * - `reviewJson`: the copy committed to src/generated, laid out for review
 *   so that a one-word change in the corpus is a one-line diff. Parsed, it is
 *   the same value as the compact form (a tree's `children` come last, after
 *   the node's own fields; every other key keeps its sorted place).
 */

/** Compact JSON with sorted keys (and `indent` spaces, when given). */
export function stableJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {}
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k]
      return sorted
    }
    return v
  }, indent) + '\n'
}

type Json = null | boolean | number | string | Json[] | JsonObject
interface JsonObject {
  [key: string]: Json
}

/**
 * How a container is printed: `inline` on its entry's line; `open`, one
 * entry a line; `tree`, a unist node: its own fields inline, then
 * `"children":[` and one child a line below it.
 */
export type Layout = (container: Json[] | JsonObject, level: number) => 'inline' | 'open' | 'tree'

/** One node of a unist tree a line, children indented below their parent. */
export const TREE: Layout = (v) => (!Array.isArray(v) && Array.isArray(v.children) && v.children.length > 0 ? 'tree' : 'inline')

/** Containers opened down to `depth` levels: `records(2)` prints an array of projects one field a line, `{ places: [...] }` one place a line. */
export const records = (depth: number): Layout => (_v, level) => (level < depth ? 'open' : 'inline')

/**
 * The projects: one field a line, and each entry of a list field (mentions, ties, evidence) a line of its own, so
 * that a changed tie or mention is a one-line diff.
 */
export const PROJECTS: Layout = (v, level) => (level < 2 || (level === 2 && Array.isArray(v)) ? 'open' : 'inline')

/** Every array opened, and every object that holds an array: an outline is one section, one 目录 entry a line. */
export const LISTS: Layout = (v) => (Array.isArray(v) || Object.values(v).some(Array.isArray) ? 'open' : 'inline')

interface Item {
  value: Json
  indent: string
  /** `"key": ` for an object's entry. */
  key: string
  comma: string
  level: number
}

/** Pretty JSON with sorted keys, laid out by `layout`, with a final newline. */
export function reviewJson(value: unknown, layout: Layout): string {
  const lines: string[] = []
  // An explicit stack, like the walker's: a string on it is a closing line.
  const stack: Array<Item | string> = [{ value: JSON.parse(stableJson(value)) as Json, indent: '', key: '', comma: '', level: 0 }]
  while (stack.length > 0) {
    const item = stack.pop()!
    if (typeof item === 'string') {
      lines.push(item)
      continue
    }
    const { value: v, indent, key, comma, level } = item
    const how = v !== null && typeof v === 'object' && Object.keys(v).length > 0 ? layout(v, level) : 'inline'
    if (how === 'inline') {
      lines.push(indent + key + JSON.stringify(v) + comma)
      continue
    }
    let entries: Array<[key: string, value: Json]>
    if (how === 'tree') {
      const { children, ...own } = v as JsonObject & { children: Json[] }
      const fields = JSON.stringify(own).slice(1, -1)
      lines.push(`${indent}${key}{${fields}${fields ? ',' : ''}"children":[`)
      stack.push(`${indent}]}${comma}`)
      entries = children.map((c) => ['', c])
    } else if (Array.isArray(v)) {
      lines.push(`${indent}${key}[`)
      stack.push(`${indent}]${comma}`)
      entries = v.map((c) => ['', c])
    } else {
      lines.push(`${indent}${key}{`)
      stack.push(`${indent}}${comma}`)
      entries = Object.entries(v as JsonObject).map(([k, c]) => [`${JSON.stringify(k)}: `, c])
    }
    for (let k = entries.length - 1; k >= 0; k--)
      stack.push({ value: entries[k]![1], indent: indent + '  ', key: entries[k]![0], comma: k === entries.length - 1 ? '' : ',', level: level + 1 })
  }
  return lines.join('\n') + '\n'
}
