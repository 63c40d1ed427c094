/**
 * Chinese labels for the library's own vocabularies (project kinds, tie
 * relations, how a tie is known), written beside the slugs in the CSV files
 * and accepted by the CLI wherever a slug is. They name the library's
 * categories, not anything of one plan, so they live here and not in a
 * corpus. The data dictionary prints these tables.
 */
import type { ProjectKind, TieHow, TieRelation } from '../schema/project.js'

export interface Label {
  readonly zh: string
  /** What the slug means, in a sentence (the data dictionary prints it). */
  readonly description: string
}

export const KIND_LABELS: ReadonlyMap<ProjectKind, Label> = new Map([
  ['box-item', { zh: '专栏项目', description: 'an item of a 专栏 (boxed project list) that is a project' }],
  ['named', { zh: '正文项目', description: 'a project named in the running text, not a 专栏 item' }],
  ['direction', { zh: '产业方向', description: 'a 专栏 item naming an industry to develop rather than an undertaking' }]
])

export const RELATION_LABELS: ReadonlyMap<TieRelation, Label> = new Map([
  ['located-in', { zh: '位于', description: 'the project stands at the place' }],
  ['part-of', { zh: '隶属', description: 'it belongs to a zone, park or unit (section, 专栏) whose subject is the place' }],
  ['served-by', { zh: '受其服务', description: 'a facility at the place serves it' }],
  ['partner', { zh: '关联', description: 'it is linked to the place (连接…), not built there' }]
])

export const HOW_LABELS: ReadonlyMap<TieHow, Label> = new Map([
  ['direct', { zh: '直接', description: "the project's own sentence or 专栏 item names the place" }],
  ['context', { zh: '上下文', description: 'a heading of the section or 专栏 it stands in names the place' }],
  ['transitive', { zh: '传递', description: 'a chain of quoted links through a facility or place the plan places there' }]
])

/** The Chinese label of a slug, or the slug itself when the table has none. */
export function zhOf<K extends string>(labels: ReadonlyMap<K, Label>, slug: K): string {
  return labels.get(slug)?.zh ?? slug
}
