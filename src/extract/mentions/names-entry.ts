/**
 * Rule `names-entry`: a project that is a gazetteer facility or park (its
 * name or an alias: keys.ts) is named wherever the text names that facility
 * or park, also where the name rules read no project there: the site of other
 * works (在X布局Y中心), a partner (与X的深度融合, 连接X), a place in use. Each
 * such place is a mention of the project, unless another mention already
 * covers it.
 */
import type { Measure, Paragraph } from '../../schema/plan.js'
import type { Extraction } from '../extraction.js'
import { entryId } from '../relations.js'
import type { Unit } from '../units.js'

/** Add the mentions of this rule for the paragraphs and measures of the walk. */
export function entryMentions(paragraphs: ReadonlyArray<{ node: Paragraph | Measure; unit: Unit }>, extraction: Extraction): void {
  // The project each entry is: the first mention whose name is the entry (a project of its own, or the one it names again).
  const projectOf = new Map<string, string>()
  for (const f of extraction.found) {
    const entry = extraction.keys.entryOf(f.name)
    const id = f.primary ? f.id : f.sameAs
    const key = entry && `${entry.kind}:${entryId(entry)}`
    if (key && id && !projectOf.has(key)) projectOf.set(key, id)
  }
  const covered = new Map<string, Array<{ start: number; end: number }>>()
  for (const f of extraction.found) covered.set(f.at.nodeId, [...(covered.get(f.at.nodeId) ?? []), f.at])
  for (const { node, unit } of paragraphs)
    for (const m of extraction.places.matcher.all(node.value)) {
      const target = projectOf.get(`${m.value.kind}:${entryId(m.value)}`)
      if (!target || (covered.get(node.id) ?? []).some((at) => at.start < m.end && m.start < at.end)) continue
      const item = unit.items[unit.items.length - 1]
      extraction.found.push({
        id: '',
        name: m.word,
        raw: m.word,
        kind: 'named',
        direction: false,
        at: { nodeId: node.id, start: m.start, end: m.end },
        node,
        unit,
        ...(item ? { boxItem: item.id } : {}),
        primary: false,
        matched: 'names-entry',
        sameAs: target,
        sectors: [],
        sectorEvidence: [],
        places: [],
        placeEvidence: [],
        ties: []
      })
    }
}
