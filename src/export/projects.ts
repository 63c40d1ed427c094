/**
 * The flat exports of the projects, for tools that do not speak JavaScript.
 *
 * projects.csv (RFC 4180, one row per project, document order): id, kind,
 * name, aliases (;-joined), mentions (how many places the text names it),
 * raw, node_id, start, end (its canonical mention), chapter, section, box,
 * main_sector, sectors (;-joined, main first), places (;-joined place IDs),
 * ties (;-joined `place:relation:how`), tied_to (;-joined place IDs of the
 * ties).
 *
 * project-ties.csv (one row per tie, projects in document order): project,
 * project_name, place, place_name, relation, how, mention (the ID of the
 * mention that gave it), links (how many), chain (every link as text, `A is
 * in B («quote», node start–end) → …`), then the first link's evidence
 * (quote, node_id, start, end: what the project's own text says) and the
 * last link's (place_quote, place_node_id, place_start, place_end: the quote
 * that names the place).
 */
import type { Place, Project } from '../schema/project.js'
import { describeTie, namesFor } from '../query/projects.js'
import { toCsv } from './csv.js'

export const PROJECT_CSV_COLUMNS = ['id', 'kind', 'name', 'aliases', 'mentions', 'raw', 'node_id', 'start', 'end', 'chapter', 'section', 'box', 'main_sector', 'sectors', 'places', 'ties', 'tied_to'] as const

export function projectsCsv(projects: readonly Project[]): string {
  return toCsv(
    PROJECT_CSV_COLUMNS,
    projects.map((p) => [
      p.id, p.kind, p.name, p.aliases.join(';'), p.mentions.length, p.raw, p.at.nodeId, p.at.start, p.at.end, p.chapter, p.section, p.box,
      p.sectors[0], p.sectors.join(';'), p.places.join(';'), p.ties.map((t) => `${t.to}:${t.relation}:${t.how}`).join(';'), p.ties.map((t) => t.to).join(';')
    ])
  )
}

export const TIE_CSV_COLUMNS = [
  'project', 'project_name', 'place', 'place_name', 'relation', 'how', 'mention', 'links', 'chain',
  'quote', 'node_id', 'start', 'end', 'place_quote', 'place_node_id', 'place_start', 'place_end'
] as const

/** One row per tie; `places` names the places, `all` the projects a chain may pass through (default `projects`). */
export function projectTiesCsv(projects: readonly Project[], places: readonly Place[], all: readonly Project[] = projects): string {
  const name = namesFor(all, places)
  return toCsv(
    TIE_CSV_COLUMNS,
    projects.flatMap((p) =>
      p.ties.map((t) => {
        const first = t.chain[0]!.evidence
        const last = t.chain[t.chain.length - 1]!.evidence
        return [
          p.id, p.name, t.to, name(t.to), t.relation, t.how, p.mentions[t.mention]?.id, t.chain.length, describeTie(t, name),
          first.quote, first.nodeId, first.start, first.end, last.quote, last.nodeId, last.start, last.end
        ]
      })
    )
  )
}
