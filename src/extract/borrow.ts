/**
 * What a project takes from the other projects once all are found: a 专栏
 * item's transitive ties from the projects its text names, and the sectors of
 * a project whose own words say nothing from another mention of it.
 */
import type { Project } from '../schema/project.js'

/**
 * A 专栏 item is tied transitively where the projects its own text names are (an item X平台建设工程 builds a Y大楼
 * that stands in zone Z): its title may say nothing of the place, and a place its text only cites (利用A园区的
 * 示范引领作用) is no site of it, so the item's own transitive ties come from its title and from these projects.
 */
export function inheritTies(projects: Project[]): void {
  const items = new Map(projects.filter((p) => p.kind === 'box-item').map((p) => [p.id.replace(/__prj$/, ''), p]))
  for (const project of projects) {
    const item = project.kind === 'named' && project.boxItem ? items.get(project.boxItem) : undefined
    if (item) for (const tie of project.ties) if (tie.how === 'transitive' && !item.ties.some((t) => t.to === tie.to)) item.ties.push({ ...tie, via: tie.via ?? project.name })
  }
}

/** Whether some sector of the project rests on its own words (its name or text), not only on its unit's heading. */
const hasOwnSectors = (p: Project) => p.sectorEvidence.some((e) => e.words.some((w) => w.from !== 'unit'))

/**
 * A project whose sectors rest on its unit's heading alone (a 专栏 item with no text) takes the sectors that another
 * mention of it found in its own words: X集团Y项目 in a box and Y项目 in a sentence about 光伏新材料. The other
 * mention's name (six characters or more) ends the project's name, or the other way round.
 */
export function borrowSectors(projects: Project[]): void {
  for (const project of projects) {
    if (hasOwnSectors(project)) continue
    const other = projects.find((mention) => mention !== project && hasOwnSectors(mention) && mention.name.length >= 6 && (project.name.endsWith(mention.name) || mention.name.endsWith(project.name)))
    if (!other) continue
    project.sectors = [...other.sectors]
    project.sectorEvidence = other.sectorEvidence.map((e) => ({ ...e, words: e.words.map((w) => ({ word: w.word, from: 'mention' as const })) }))
  }
}
