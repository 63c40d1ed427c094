/**
 * What a 专栏 item takes from the projects its text names, once all are
 * found: their transitive ties. An item X平台建设工程 builds a Y大楼 that
 * stands in zone Z: its title may say nothing of the place, and a place its
 * text only cites (利用A园区的示范引领作用) is no site of it, so the item's
 * own transitive ties come from its title and from these projects. The chain
 * opens with the item's `includes` link to the project (the clause that names
 * it), then the project's own links.
 */
import type { Link } from '../schema/project.js'
import type { Found } from './extraction.js'

export function inheritTies(found: readonly Found[]): void {
  const items = new Map(found.filter((f) => f.kind === 'box-item').map((f) => [f.node.id, f]))
  for (const mention of found) {
    // Projects its text names as projects: not a mention of the item's own project, nor a facility it only cites.
    const named = mention.kind === 'named' && (mention.matched === undefined || mention.matched === 'same-name')
    const item = named && mention.boxItem ? items.get(mention.boxItem) : undefined
    if (!item) continue
    for (const tie of mention.ties) {
      if (tie.how !== 'transitive' || item.ties.some((t) => t.to === tie.to)) continue
      const [first, ...rest] = tie.chain
      // The item includes the project: the project's own first link says where its text names it. When that link is
      // `is` (the project is a facility the gazetteer knows), the item includes that facility itself.
      const includes: Link =
        first!.relation === 'is'
          ? { from: item.id, relation: 'includes', to: first!.to, target: first!.target, evidence: first!.evidence }
          : { from: item.id, relation: 'includes', to: mention.id, target: 'project', evidence: first!.evidence }
      const chain = first!.relation === 'is' ? [includes, ...rest] : [includes, first!, ...rest]
      item.ties.push({ ...tie, chain })
    }
  }
}
