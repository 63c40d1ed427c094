/**
 * Projects (专栏 items and the named undertakings of the text), the sector
 * vocabulary, the gazetteer, and the genre knowledge the extractor reads.
 * The corpus files (corpus/<plan>/sectors.json, gazetteer.json,
 * extract.json) are validated with these schemas; every type is inferred.
 */
import { z } from 'zod'

// ---------------------------------------------------------------- sectors

/** A keyword hint: a plain string (weight 1) or a word with a weight (2 = strong). */
export const SectorKeywordSchema = z.union([z.string().min(1), z.strictObject({ word: z.string().min(1), weight: z.number().positive() })])

export const SectorSchema = z.strictObject({
  /** Stable ASCII ID (`digital`). */
  id: z.string().regex(/^[a-z][a-z-]*$/),
  zh: z.string(),
  en: z.string(),
  /** GB/T 4754-2017 门类 codes (single letters A–T). */
  gbt4754: z.array(z.string().regex(/^[A-T]$/)).min(1),
  keywords: z.array(SectorKeywordSchema)
})

export const SectorsFileSchema = z.object({ $comment: z.string().optional(), sectors: z.array(SectorSchema).min(1) }).strict()

/** What `sectors()` returns: the vocabulary without the keyword hints. */
export const SectorInfoSchema = SectorSchema.pick({ id: true, zh: true, en: true, gbt4754: true })

// -------------------------------------------------------------- gazetteer

export const PlaceSchema = z.strictObject({
  /** Stable ASCII ID (`kaifaqu`). */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  kind: z.enum(['town', 'township', 'subdistrict', 'development-zone', 'district-area', 'park', 'scenic-area', 'village', 'station']),
  aliases: z.array(z.string().min(1)),
  /** The containing place, when the text tells. */
  within: z.string().nullable(),
  /** Verbatim quote(s) from the plan with where they stand: `quote (4.3); quote (专栏 4-1)`. */
  evidence: z.string(),
  /** Longer strings that contain the name or an alias but are not a mention (a place name inside a title such as X学者). */
  exclude: z.array(z.string()).optional(),
  /** Already there (built before the plan): named alone it is used, not built, so not a project. */
  existing: z.boolean().optional(),
  /** The 专栏 item that builds it (`box_8-2__item_1`): a mention of it is that item's project, not a new one. */
  boxItem: z.string().optional()
})

/** A named facility the plan places in a place elsewhere (a facility the text names with its zone elsewhere -> that zone). */
export const FacilitySchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** The place it stands in; none for one that spans several (a trunk road). */
  place: z.string().optional(),
  evidence: z.string(),
  basis: z.enum(['explicit', 'context']),
  /** Already there (built before the plan): named alone it is used, not built, so not a project. */
  existing: z.boolean().optional(),
  /** The 专栏 item that builds it (`box_8-2__item_1`): a mention of it is that item's project, not a new one. */
  boxItem: z.string().optional()
})

export const GazetteerSchema = z.object({ $comment: z.string().optional(), places: z.array(PlaceSchema), facilities: z.array(FacilitySchema) }).strict()

// --------------------------------------------------- extraction knowledge

/** The genre's wording, as data: what a project name looks like in this plan. */
export const ExtractKnowledgeSchema = z
  .object({
    $comment: z.string().optional(),
    /** Nouns a project name ends with, that make it a project on their own (项目, 工程). */
    projectHeads: z.array(z.string().min(1)),
    /** Facility nouns (中心, 基地, 园区 …): a project only with a proper-name element. */
    facilityHeads: z.array(z.string().min(1)),
    /** Heads that close a list that is one undertaking over all its members (A村、B村…连片建设). */
    collectiveHeads: z.array(z.string().min(1)).optional(),
    /** Role phrases (为主线, 为依托 …) whose 以A makes A what the clause builds on, not an undertaking. */
    usedRoles: z.array(z.string().min(1)).optional(),
    /** A facility name opening with one (新医院) is the new one of a kind: unique, so a name. */
    uniquePrefixes: z.array(z.string().min(1)).optional(),
    /** Compounds that open like a unique prefix but are not (新能源, 新型). */
    notUnique: z.array(z.string().min(1)).optional(),
    /** Words after which the list before them names parts of what follows (A、B为一体的C). */
    componentEnds: z.array(z.string().min(1)).optional(),
    /** Words a head opens that make it no head (开发利用, 改造提升). */
    headCompounds: z.array(z.string().min(1)).optional(),
    /** Events (博览会, 论坛 …): not projects; one joined to a 工程 lends it its modifier (A博览会和B工程 -> AB工程). */
    eventHeads: z.array(z.string().min(1)).optional(),
    /** Nouns that let a list member stand alone as a name (路, 街, 小区 …), only inside a list with a shared head. */
    standaloneHeads: z.array(z.string().min(1)),
    /** Leading verbs dropped from a name, longest first when matching. */
    leadingVerbs: z.array(z.string().min(1)),
    /** Words stripped from the end of a span (落地, 建设 …) before the head test. */
    trailingWords: z.array(z.string().min(1)),
    /** Whole names that are generic, never a project (重点项目 …). */
    genericNames: z.array(z.string().min(1)),
    /** Words whose presence at the start of a name marks it generic (一批, 各类 …). */
    genericPrefixes: z.array(z.string().min(1)),
    /** Substrings that mark a policy programme, not an undertaking (计划, 行动 …). */
    programmeMarkers: z.array(z.string().min(1)),
    /** Substrings that give a name a proper-name element (公司, 集团 …). */
    properMarkers: z.array(z.string().min(1)),
    /** Proper names of organisations and brands the plan uses bare (人民网 …). */
    properNames: z.array(z.string().min(1)),
    /** Characters that separate list members. */
    listSeparators: z.array(z.string().min(1)),
    /** Conjunctions that split two members when the left one already ends in a head. */
    conjunctions: z.array(z.string().min(1)),
    /** Verbs a name never contains: a span starts after the last one. */
    strongVerbs: z.array(z.string().min(1)),
    /** A list member ends before these (以X为中心, …落地). */
    clauseStops: z.array(z.string().min(1)),
    /** Verbs dropped from inside a name when a subject stands before them (X煤矿实施Y项目 -> X煤矿Y项目). */
    innerVerbs: z.array(z.string().min(1)).optional(),
    /** What such a subject ends with (煤矿, 公司 …). */
    subjectSuffixes: z.array(z.string().min(1)).optional(),
    /** Verbs that, inside a span and not followed by a head, start the name after them (X站建设Y中心 -> Y中心). */
    midVerbs: z.array(z.string().min(1)).optional(),
    /** Heads of works on a site (改造, 开发, 路网): a project only when the name names the site (a place, a street, a company). */
    undertakingHeads: z.array(z.string().min(1)).optional(),
    /** Verbs whose objects are partners, not undertakings (连接A、B): a clause with one names no project. */
    partnerVerbs: z.array(z.string().min(1)).optional(),
    /** Verbs whose objects are sites already there (依托A、B; 对A、B加强保护): a facility governed by one is used, not built. */
    usedVerbs: z.array(z.string().min(1)).optional(),
    /** Nouns that open like a leading verb (the verb plus a noun suffix): a name opening with one keeps it. */
    verbLikeNouns: z.array(z.string().min(1)).optional(),
    /** Verbs of coordination (统筹A、B等项目): a list under a shared head governed by one names programmes. */
    programmeVerbs: z.array(z.string().min(1)).optional(),
    /** Verbs that use the facilities of a list closed by a designation (依托A、B等红色教育基地), not by a bare kind (等园区). */
    listUsedVerbs: z.array(z.string().min(1)).optional(),
    /** Words that close a 与… phrase of partners (与A、B的深度融合): a clause with one names no project. */
    partnerEnds: z.array(z.string().min(1)).optional(),
    /** Facility nouns whose compounds are names in themselves (厨具小镇, 图书小镇: a themed town is one undertaking), generic prefixes aside. */
    namedHeads: z.array(z.string().min(1)).optional(),
    /** Last characters of place names (河, 村, 镇, 矿 …): bare list members ending so are sites, and share the last member's tail after its own such name. */
    toponymSuffixes: z.array(z.string().length(1)).optional(),
    /** Facility heads that, after a company name (X集团Y电厂), name the enterprise's existing plant, not an undertaking. */
    enterpriseFacilityHeads: z.array(z.string().min(1)).optional()
  })
  .strict()

/** Everything the extractor knows about one plan, all from its corpus folder. */
export const KnowledgeSchema = z.strictObject({
  sectors: SectorsFileSchema,
  gazetteer: GazetteerSchema,
  extract: ExtractKnowledgeSchema
})

// ---------------------------------------------------------------- projects

export const EvidenceSchema = z.strictObject({ nodeId: z.string(), quote: z.string().min(1) })

export const TieSchema = z.strictObject({
  /** A gazetteer place ID. */
  to: z.string(),
  /** direct: its own sentence or item names the place; context: its unit's heading does; transitive: it is at a facility placed there. */
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
  /** `${nodeId}__prj_${n}` (n = ordinal within that node) for named projects, `${boxItemId}__prj` for box items. */
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

export type SectorKeyword = z.infer<typeof SectorKeywordSchema>
export type Sector = z.infer<typeof SectorSchema>
export type SectorInfo = z.infer<typeof SectorInfoSchema>
export type SectorsFile = z.infer<typeof SectorsFileSchema>
export type Place = z.infer<typeof PlaceSchema>
export type Facility = z.infer<typeof FacilitySchema>
export type Gazetteer = z.infer<typeof GazetteerSchema>
export type ExtractKnowledge = z.infer<typeof ExtractKnowledgeSchema>
export type Knowledge = z.infer<typeof KnowledgeSchema>
export type Evidence = z.infer<typeof EvidenceSchema>
export type Tie = z.infer<typeof TieSchema>
export type SectorEvidence = z.infer<typeof SectorEvidenceSchema>
export type Project = z.infer<typeof ProjectSchema>
export type ProjectKind = Project['kind']
export type TieHow = Tie['how']
