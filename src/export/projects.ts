/**
 * The flat export of the projects, for tools that do not speak JavaScript.
 *
 * Columns (RFC 4180, one row per project, document order): id, kind, name,
 * raw, node_id, start, end, chapter, section, box, main_sector, sectors
 * (;-joined, main first), places (;-joined place IDs), ties (;-joined
 * `place:how`), tied_to (;-joined place IDs of the ties).
 */
import type { Project } from '../schema/project.js'
import { toCsv } from './csv.js'

export const PROJECT_CSV_COLUMNS = ['id', 'kind', 'name', 'raw', 'node_id', 'start', 'end', 'chapter', 'section', 'box', 'main_sector', 'sectors', 'places', 'ties', 'tied_to'] as const

export function projectsCsv(projects: readonly Project[]): string {
  return toCsv(
    PROJECT_CSV_COLUMNS,
    projects.map((p) => [
      p.id, p.kind, p.name, p.raw, p.at.nodeId, p.at.start, p.at.end, p.chapter, p.section, p.box,
      p.sectors[0], p.sectors.join(';'), p.places.join(';'), p.ties.map((t) => `${t.to}:${t.how}`).join(';'), p.ties.map((t) => t.to).join(';')
    ])
  )
}
