/**
 * How the plan's data is cut into domain files, so that a consumer loads (and
 * a bundler ships) only the domains it queries, and how the runtime joins them
 * back. The build (scripts/build/data.ts) cuts; src/data/*.ts join. Nothing
 * here imports a data file: both sides pass the data in.
 *
 * - The tree (plan.json) holds every node but the tables' own: each table
 *   stands in its parent's `children` as `{ "id": "table_1-1", "type": "table" }`,
 *   and tables.json holds the table nodes whole, in document order. The
 *   indicators need only tables.json; `tree()` joins the two.
 * - The renderer marks where the text names a project (`projects: true`); it
 *   needs of each project only its ID and where it stands, not its sectors,
 *   places and ties: mentions.json holds that, derived from the projects.
 */
import type { Plan, PlanNode, Table } from '../schema/plan.js'
import type { Project } from '../schema/project.js'
import { SKIP, visit } from '../util/visit.js'

/** Where a table stands in plan.json: its ID; the node itself is in tables.json. */
export interface TableStub {
  readonly id: string
  readonly type: 'table'
}

/** What the renderer reads of a project: its ID, and each place the text names it (with the mention's own anchor ID). */
export interface ProjectMention {
  readonly id: string
  readonly mentions: ReadonlyArray<{ readonly nodeId: string; readonly id: string; readonly start: number; readonly end: number }>
}

/** A node of the tree as the data files hold it: the real thing, or a table's stub. */
type Stored = PlanNode | TableStub

/**
 * The tree without its tables (each replaced by its stub), and the tables in
 * document order. `tree` is not changed: the text tree is a copy.
 */
export function splitTables(tree: Plan): { text: Plan; tables: Table[] } {
  const text = structuredClone(tree)
  const tables: Table[] = []
  visit<Stored>(text, (node, parent, index) => {
    if (node.type !== 'table' || !parent || index === undefined) return
    tables.push(node as Table)
    ;(parent as { children: Stored[] }).children[index] = { id: node.id, type: 'table' }
    return SKIP
  })
  return { text, tables }
}

/**
 * Put each table back in the place of its stub, in the text tree itself (the
 * runtime's own copy, before it is frozen). Throws when a stub has no table
 * or a table no stub: the two files are built together, so either is a
 * broken build, not a user's mistake.
 */
export function joinTables(text: Plan, tables: readonly Table[]): Plan {
  const byId = new Map(tables.map((t) => [t.id, t]))
  visit<Stored>(text, (node, parent, index) => {
    if (node.type !== 'table' || !parent || index === undefined) return
    const table = byId.get(node.id)
    if (!table) throw new Error(`data: the tree has a table ${JSON.stringify(node.id)} that tables.json does not`)
    byId.delete(node.id)
    ;(parent as { children: Stored[] }).children[index] = table
    return SKIP
  })
  if (byId.size > 0) throw new Error(`data: tables.json has ${[...byId.keys()].join(', ')}, which the tree does not place`)
  return text
}

/** The projects as the renderer reads them (mentions.json), in the projects' order. */
export function projectMentions(projects: readonly Project[]): ProjectMention[] {
  return projects.map(({ id, mentions }) => ({ id, mentions: mentions.map(({ nodeId, id: anchor, start, end }) => ({ nodeId, id: anchor, start, end })) }))
}
