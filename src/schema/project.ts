/**
 * Projects: the 专栏 items and the named undertakings of the text, as the
 * extractor gives them, with their sectors, places and ties, each with its
 * evidence. Every type is inferred from these schemas. The knowledge the
 * extractor reads (sector vocabulary, gazetteer, wording) has its schemas in
 * knowledge.ts.
 */
import { z } from 'zod'

/** The shipped vocabulary and gazetteer, which sectors() and places() answer from. */
export type { Facility, Gazetteer, Place, SectorInfo, SectorsFile } from './knowledge.js'

export const EvidenceSchema = z.strictObject({ nodeId: z.string(), quote: z.string().min(1) })

export const TieSchema = z.strictObject({
  /** A gazetteer place ID. */
  to: z.string(),
  /**
   * direct: its own sentence or item names the place; context: the heading of a unit it stands in does; transitive:
   * it is at a facility, or in a place, that the gazetteer places there.
   */
  how: z.enum(['direct', 'context', 'transitive']),
  evidence: EvidenceSchema,
  /** For transitive ties: the facility or place that carries the tie. */
  via: z.string().optional()
})

export const SectorEvidenceSchema = z.strictObject({
  sector: z.string(),
  score: z.number(),
  /**
   * The keywords that matched, and where: the name, its sentence or item, its unit's heading, or (`mention`) the
   * sentence of another mention of the same project, for a project whose own words say nothing (a bare 专栏 item).
   */
  words: z.array(z.strictObject({ word: z.string(), from: z.enum(['name', 'text', 'unit', 'mention']) }))
})

export const ProjectSchema = z.strictObject({
  /**
   * `${boxItemId}__prj` for box items; `${nodeId}__prj_${key}` for named projects, the key derived from the name
   * (`-2`, `-3` … added for the same name again in one node).
   */
  id: z.string(),
  name: z.string().min(1),
  /** The span as printed (box items: the item title). */
  raw: z.string().min(1),
  kind: z.enum(['box-item', 'named']),
  at: z.strictObject({ nodeId: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  chapter: z.string(),
  section: z.string().optional(),
  /** The box number (`4-3`). */
  box: z.string().optional(),
  /** The box item the project stands in (for named projects inside an item). */
  boxItem: z.string().optional(),
  /** Sector IDs, main first. */
  sectors: z.array(z.string()),
  sectorEvidence: z.array(SectorEvidenceSchema),
  /** Gazetteer place IDs named in its own text, its sentence or its unit's heading. */
  places: z.array(z.string()),
  ties: z.array(TieSchema)
})

export type Evidence = z.infer<typeof EvidenceSchema>
export type Tie = z.infer<typeof TieSchema>
export type SectorEvidence = z.infer<typeof SectorEvidenceSchema>
export type Project = z.infer<typeof ProjectSchema>
export type ProjectKind = Project['kind']
export type TieHow = Tie['how']
