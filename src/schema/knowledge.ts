/**
 * What the extractor knows about one plan, all of it data from the plan's
 * corpus folder: the sector vocabulary (sectors.json), the gazetteer
 * (gazetteer.json) and the genre's wording (extract.json). Each key is
 * documented here, once; every type is inferred from these schemas.
 *
 * Every key of the wording is required: a missing key would silently switch a
 * rule off, so it fails the build at its file:line:col instead (a list with
 * nothing in it is written `[]`). No rule depends on the order of a list.
 */
import { z } from 'zod'

// ---------------------------------------------------------------- sectors

/** A keyword hint: a plain string (weight 1) or a word with a weight (2 = strong). */
export const SectorKeywordSchema = z.union([z.string().min(1), z.strictObject({ word: z.string().min(1), weight: z.number().positive() })])

export const SectorSchema = z.strictObject({
  /** Stable ASCII ID (`digital`). */
  id: z.string().regex(/^[a-z][a-z-]*$/),
  zh: z.string().min(1),
  en: z.string().min(1),
  /** GB/T 4754-2017 门类 codes (single letters A–T). */
  gbt4754: z.array(z.string().regex(/^[A-T]$/)).min(1),
  /**
   * Words that point to the sector where a project's name, sentence or unit heading uses them. Each word belongs to
   * one sector; words may overlap as substrings across sectors (新能源 ⊂ 新能源汽车): the longest match at a
   * position wins.
   */
  keywords: z.array(SectorKeywordSchema)
})

/** sectors.json: the fixed sector vocabulary, in the order ties between equal scores are broken. */
export const SectorsFileSchema = z.object({ $comment: z.string().optional(), sectors: z.array(SectorSchema).min(1) }).strict()

/** What `sectors()` returns: the vocabulary without the keyword hints. */
export const SectorInfoSchema = SectorSchema.pick({ id: true, zh: true, en: true, gbt4754: true })

// -------------------------------------------------------------- gazetteer

export const PlaceSchema = z.strictObject({
  /** Stable ASCII ID (`kaifaqu`), the pinyin of the name. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  kind: z.enum(['town', 'township', 'subdistrict', 'development-zone', 'district-area', 'park', 'scenic-area', 'village', 'station']),
  /** Every other spelling the text uses. A text names the place where it contains the name or an alias (the longest match at a position wins). */
  aliases: z.array(z.string().min(1)),
  /** The containing place, when the text tells (or, where the evidence says so, when it is inferred). */
  within: z.string().min(1).nullable(),
  /** Verbatim quote(s) from the plan with where they stand: `quote (4.3); quote (专栏 4-1)`. */
  evidence: z.string().min(1),
  /** Longer strings that contain the name or an alias but are not a mention (a place name inside a title such as X学者). */
  exclude: z.array(z.string().min(1)).optional(),
  /** Already there (built before the plan): named alone it is used, not built, so not a project. */
  existing: z.boolean().optional(),
  /** The 专栏 item that builds it (`box_8-2__item_1`): a mention of it is that item's project, not a new one. */
  boxItem: z.string().min(1).optional()
})

/** A named facility or enterprise the plan places in a place elsewhere in the text, so that a mention of the facility alone is tied to that place. */
export const FacilitySchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** The place it stands in; none for one that spans several (a trunk road), or one that stands in another facility (`within`). */
  place: z.string().min(1).optional(),
  /** The facility it stands in or belongs to (by its name), when the plan places it there rather than in a place: its place is that facility's. */
  within: z.string().min(1).optional(),
  /** How it stands in its place or `within` facility: `located-in` (the default) or `part-of` (a building of a campus, a unit of a park). */
  relation: z.enum(['located-in', 'part-of']).optional(),
  /** Verbatim quote(s) from the plan with where they stand, as a place's. */
  evidence: z.string().min(1),
  /** explicit: the same phrase names the place; context: the paragraph or 专栏 it stands in is about that place. */
  basis: z.enum(['explicit', 'context']),
  /** Already there (built before the plan): named alone it is used, not built, so not a project. */
  existing: z.boolean().optional(),
  /** The 专栏 item that builds it (`box_8-2__item_1`): a mention of it is that item's project, not a new one. */
  boxItem: z.string().min(1).optional()
})

/**
 * gazetteer.json: the places the plan names and the facilities it places in them. A place's `within` names a place;
 * a facility's `place` a place and its `within` another facility, never both.
 */
export const GazetteerSchema = z
  .object({ $comment: z.string().optional(), places: z.array(PlaceSchema), facilities: z.array(FacilitySchema) })
  .strict()
  .superRefine((gazetteer, context) => {
    const places = new Set(gazetteer.places.map((p) => p.id))
    const facilities = new Set(gazetteer.facilities.map((f) => f.name))
    gazetteer.places.forEach((p, i) => {
      if (p.within !== null && !places.has(p.within)) context.addIssue({ code: 'custom', message: `within ${JSON.stringify(p.within)} is no place of the gazetteer`, path: ['places', i, 'within'] })
    })
    gazetteer.facilities.forEach((f, i) => {
      if (f.place !== undefined && !places.has(f.place)) context.addIssue({ code: 'custom', message: `place ${JSON.stringify(f.place)} is no place of the gazetteer`, path: ['facilities', i, 'place'] })
      if (f.within !== undefined && (!facilities.has(f.within) || f.within === f.name)) context.addIssue({ code: 'custom', message: `within ${JSON.stringify(f.within)} is no other facility of the gazetteer`, path: ['facilities', i, 'within'] })
      if (f.within !== undefined && f.place !== undefined) context.addIssue({ code: 'custom', message: 'a facility stands in a place or within another facility, not both', path: ['facilities', i, 'within'] })
    })
  })

// --------------------------------------------------- extraction knowledge

/** A list of words, each listed once: a word listed twice is reported at its second place. */
function wordList(word: z.ZodString = z.string().min(1)) {
  return z.array(word).superRefine((list, context) => {
    const seen = new Set<string>()
    list.forEach((w, index) => {
      if (seen.has(w)) context.addIssue({ code: 'custom', message: `${JSON.stringify(w)} is listed twice`, path: [index] })
      seen.add(w)
    })
  })
}
const words = wordList()

/**
 * extract.json: the genre's wording, as data: what a project's name looks like in a plan of this kind. The extractor
 * (src/extract/names/) reads a clause as a list of members, cuts each member's name at its head noun and after its
 * leading verbs, and keeps the names that are projects; every word it looks for is one of these.
 */
export const ExtractKnowledgeSchema = z
  .object({
    /** A free-text note on the file; the keys are documented here, not there. */
    $comment: z.string().optional(),

    // Heads: the noun a name ends with says what kind of name it is.
    /** Nouns that make a name a project on their own (项目), or with a proper-name element (工程: a bare X工程 is often a programme line). */
    projectHeads: words,
    /** Facility nouns (中心, 基地, 园区 …): a project only with a proper-name element, or beside a sibling 项目 or under a shared head. */
    facilityHeads: words,
    /** Heads of works on a site (改造, 开发, 路网): a project only when the name names the site (a place, a street, a company). */
    undertakingHeads: words,
    /** Heads of a 专栏 item's title that make it an industry direction, not an undertaking (产业: 节能环保产业), when no project head is in the title. */
    directionHeads: words,
    /** Nouns that let a list member stand alone as a name (路, 街, 小区 …), only inside a list with a shared head. */
    standaloneHeads: words,
    /** Heads that close a list that is one undertaking over all its members (A村、B村…连片建设). */
    collectiveHeads: words,
    /** Events (博览会, 论坛 …): not projects; one joined to a 工程 lends it its modifier (A博览会和B工程 -> AB工程). */
    eventHeads: words,
    /** Words a head opens that make it no head (开发利用, 改造提升). */
    headCompounds: words,
    /** Facility nouns whose compounds are names in themselves (厨具小镇, 图书小镇: a themed town is one undertaking), generic prefixes aside. */
    namedHeads: words,
    /** Facility heads that, after a company's name (X集团Y电厂), name the enterprise's existing plant, not an undertaking. */
    enterpriseFacilityHeads: words,

    // Lists: how a clause divides into members.
    /** What separates list members (、, and ”“ between quoted members). */
    listSeparators: words,
    /** Conjunctions that split two members when the left one already ends in a head (not X厂房及Y项目, one project). */
    conjunctions: words,
    /** Words after which the list before them names parts of what follows (A、B为一体的C): only C may be a project. */
    componentEnds: words,
    /**
     * A member ends before these (以X为中心, …落地). Those opening with 为 are role phrases (以A为载体的B: A is B's
     * setting); the earliest stop in a clause cuts it, the longest where two begin at one place.
     */
    clauseStops: words,
    /** Role phrases (为主线, 为依托 …) whose 以A makes A what the clause builds on, already there: not an undertaking. */
    usedRoles: words,

    // Where a name starts: the verbs before it.
    /** Verbs a name never contains: it starts after the last one. */
    strongVerbs: words,
    /** Verbs and particles dropped from the start of a name, again and again, the longest first. */
    leadingVerbs: words,
    /** Verbs that, inside a span and not followed by a head, start the name after them (X站建设Y中心 -> Y中心). */
    midVerbs: words,
    /** Verbs dropped from inside a name when a subject stands before them (X煤矿实施Y项目 -> X煤矿Y项目). */
    innerVerbs: words,
    /** What such a subject ends with (煤矿, 公司 …). */
    subjectSuffixes: words,
    /** Nouns that open like a leading verb (the verb plus a noun suffix: 开发 + 区): a name opening with one keeps it. */
    verbLikeNouns: words,
    /** Words stripped from the end of a span (落地, 建设 …), again and again, before the head test. */
    trailingWords: words,

    // What governs a list: undertakings, or things used, partnered or coordinated.
    /** Verbs whose objects are sites already there (依托我市A、B; 对A、B加强保护; 沿, 在, 把): a facility governed by one is used, not built. */
    usedVerbs: words,
    /** Verbs that use the facilities of a list closed by a designation (依托A、B等红色教育基地), not by a bare kind (等园区). */
    listUsedVerbs: words,
    /** Verbs whose objects are partners, not undertakings (连接A、B): a clause with one names no project. */
    partnerVerbs: words,
    /** Words that close a 与… phrase of partners (与A、B的深度融合): a clause with one names no project. */
    partnerEnds: words,
    /** Verbs of coordination (统筹A、B等项目): a list under a shared head governed by one names programmes. */
    programmeVerbs: words,

    // Ties beyond the place a project stands in.
    /** Verbs that, right before a facility or place, make it the one that serves a clause's projects (通过X为…提供服务, 依靠X提供技术支撑) when a serviceVerbs word follows in the clause. */
    servingVerbs: words,
    /** Verbs that close a serving clause (提供). */
    serviceVerbs: words,

    // Mentions: when two names are one project.
    /** Words a name may end with or without and name the same project (人民网大数据中心 = 人民网大数据中心项目). */
    mentionSuffixes: words,
    /** Names of the plan's own jurisdiction that may open a project's name or not (X市Y中心 = Y中心). */
    ownPrefixes: words,

    // Which names are projects.
    /** Whole names that are generic, never a project (重点项目 …); also a generic name with a short modifier (重大科技项目). */
    genericNames: words,
    /** Words that, opening a name, mark it generic (一批, 各类 …), unless an organisation's name follows. */
    genericPrefixes: words,
    /** Substrings that mark a policy programme, not an undertaking (计划, 行动 …), unless the name is quoted. */
    programmeMarkers: words,
    /** Words that close a company's name (公司, 集团): what follows one is what the company undertakes (A、B集团C项目 -> A C项目). */
    companyEnds: words,
    /** Other words only a company's name contains (有限, 股份). With companyEnds they mark a company. */
    companyWords: words,
    /** Words of other organisations' names (合作社, 大学 …). Companies' and these give a name a proper-name element. */
    organisationWords: words,
    /** Proper names of organisations, brands and landmarks the plan uses bare (人民网 …): a proper-name element besides the gazetteer. */
    properNames: words,
    /** A facility name opening with one (新医院) is the new one of a kind: unique, so a name. */
    uniquePrefixes: words,
    /** Compounds that open like a unique prefix but are not one (新能源, 新型). */
    notUnique: words,
    /** Last characters of place names (河, 村, 镇, 矿 …): bare list members ending so are sites, and share the last member's tail after its own such name. */
    toponymSuffixes: wordList(z.string().length(1))
  })
  .strict()

/** Everything the extractor knows about one plan, all from its corpus folder. */
export const KnowledgeSchema = z.strictObject({
  sectors: SectorsFileSchema,
  gazetteer: GazetteerSchema,
  extract: ExtractKnowledgeSchema
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
