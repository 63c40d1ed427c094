/**
 * A project as `huozhou-plan show <project id>` prints it: lines of text
 * rather than JSON, for a reader at a terminal.
 */
import { explain, places, sectors } from '../index.js'
import type { Project } from '../schema/shipped.js'

/** Name and ID, kind (and 专栏), aliases, each mention, sectors and places with their Chinese names, and each tie with its chain of evidence. */
export function projectSummary(p: Project): string {
  const zh = new Map(sectors().map((s) => [s.id, s.zh]))
  const name = new Map(places().map((pl) => [pl.id, pl.name]))
  const lines = [
    `${p.name}  [${p.id}]`,
    `kind: ${p.kind}${p.box ? `, 专栏 ${p.box}` : ''}`,
    ...(p.aliases.length ? [`also: ${p.aliases.join(', ')}`] : []),
    ...p.mentions.map((m) => `mention: ${m.nodeId} ${m.start}-${m.end} «${m.raw}»${m.matched === 'canonical' ? '' : ` (${m.matched})`}`),
    `sectors: ${p.sectors.map((s) => `${s} ${zh.get(s) ?? ''}`.trim()).join(', ') || '-'}`,
    `places: ${p.places.map((id) => `${id} ${name.get(id) ?? ''}`.trim()).join(', ') || '-'}`,
    ...p.ties.map((t) => `tie: ${t.to} ${t.relation} (${t.how}): ${explain(p.id, t.to)!.text}`)
  ]
  return lines.join('\n') + '\n'
}
