/**
 * What one rendering call knows: the plan's store, the resolved options and,
 * when `projects` is on, where each node's text names a project.
 */
import type { ProjectMention } from '../data/split.js'
import type { Store } from '../query/store.js'
import { resolveOptions, type ResolvedOptions } from './options.js'

/** A project named in a node's text: `[start, end)` offsets into the node's `value`. */
export interface Mention {
  readonly project: string
  /** The mention's HTML ID, unique in the plan, so that a link can land on it (`#…`). */
  readonly id: string
  readonly start: number
  readonly end: number
}

export interface Context {
  readonly store: Store
  readonly options: ResolvedOptions
  /** The project mentions in a node's text, by start (none when `projects` is off). */
  mentionsIn(nodeId: string): readonly Mention[]
}

const NONE: readonly Mention[] = Object.freeze([])

/** Every place the text names a project (its `mentions`, each with its own anchor ID); the one place that reads them. */
function mentionsOf(project: ProjectMention): ProjectMention['mentions'] {
  return project.mentions
}

/** One index per projects list: the remark plugin makes a context per directive. */
const indexes = new WeakMap<readonly ProjectMention[], Map<string, Mention[]>>()

function indexMentions(projects: readonly ProjectMention[]): Map<string, Mention[]> {
  const cached = indexes.get(projects)
  if (cached) return cached
  const byNode = new Map<string, Mention[]>()
  for (const project of projects)
    for (const { nodeId, id, start, end } of mentionsOf(project)) {
      let list = byNode.get(nodeId)
      if (!list) byNode.set(nodeId, (list = []))
      list.push({ project: project.id, id, start, end })
    }
  for (const list of byNode.values()) list.sort((a, b) => a.start - b.start || b.end - a.end)
  indexes.set(projects, byNode)
  return byNode
}

/**
 * @param store the plan's indexes
 * @param options the caller's options, checked here (`PlanError` for a bad one)
 * @param projects the projects, read only when `options.projects` is on
 */
export function createContext(store: Store, options: unknown, projects?: () => readonly ProjectMention[]): Context {
  const resolved = resolveOptions(options)
  let byNode: Map<string, Mention[]> | undefined
  if (resolved.projects) {
    if (!projects) throw new Error('render: options.projects needs the projects')
    byNode = indexMentions(projects())
  }
  return { store, options: resolved, mentionsIn: (nodeId) => byNode?.get(nodeId) ?? NONE }
}
