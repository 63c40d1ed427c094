/**
 * Projects as entities: one record per distinct project of the plan, with
 * every place the text names it (its mentions), its sectors, places and
 * ties, each fact with the mention that gave it and the clause it rests on
 * (node ID, offsets, quote), so that a reader, or a documentation site, can
 * check it in place.
 *
 * The public shape is the named, documented interfaces below (what editors
 * show); each record's has a zod schema beside it that validates the data and
 * is checked, at compile time, to describe exactly that interface. The
 * knowledge the extractor reads (sector vocabulary, gazetteer, wording) has
 * its schemas in knowledge.ts.
 *
 * The interfaces are generic over a plan's `Vocabulary` (./vocabulary.ts):
 * with the default, every sector, place and box is a `string`, as the
 * extractor of any plan builds them; the package's answers are these same
 * interfaces with the vocabulary of the plan it ships
 * (src/generated/types.ts), so that `project.sectors` is a list of that
 * plan's sector IDs and `tie.to` one of its places.
 */
import { z } from 'zod'
import type { Facility as FacilityRecord, Place as PlaceRecord, SectorInfo as SectorInfoRecord } from './knowledge.js'
import type { Vocabulary } from './vocabulary.js'

/** The vocabulary and gazetteer files as the extractor reads them. */
export type { Gazetteer, SectorsFile } from './knowledge.js'

// ------------------------------------------------------------ the interfaces

/** A span of a node's text: `[start, end)` offsets into the node's `value` (JavaScript string indices). */
export interface TextSpan {
  /** The ID of the node whose `value` the offsets point into. */
  readonly nodeId: string
  readonly start: number
  readonly end: number
}

/**
 * Evidence a reader can check: a clause or sentence of a node's text (`quote`
 * is `value.slice(start, end)`), never a lone word, so that a site can
 * highlight it in place.
 */
export interface Evidence extends TextSpan {
  readonly quote: string
}

/** How a mention was found to name its project (src/extract/mentions/ has one rule a file). */
export type MatchRule =
  /** The project's own first naming: its 专栏 item, else its first mention in document order. */
  | 'canonical'
  /** The same name again (spaces, quotation marks and a trailing 项目 aside). */
  | 'same-name'
  /** A name that is a gazetteer facility or park the canonical name is too (by its name or an alias). */
  | 'same-entry'
  /** The same name with a place, a company, a quantity or the county's name before it (X乡Y = Y). */
  | 'prefixed-name'
  /** A name in a 专栏 item's text that restates the item's own title. */
  | 'restates-item'
  /** A gazetteer facility that a 专栏 item builds (the gazetteer's `boxItem`). */
  | 'builds-item'
  /**
   * The gazetteer facility or park the project is, named where the text reads no project of its own: the site of other
   * works, a partner, a place in use.
   */
  | 'names-entry'

/** Where the text names a project: the span of the name, the name as read, the sentence, the unit it stands in. */
export interface Mention<V extends Vocabulary = Vocabulary> extends TextSpan {
  /**
   * The mention's own ID, unique in the plan: an anchor a projects page can link to. The canonical mention's is the
   * project's ID; another mention's is the ID its name would give it on its own (a merged duplicate's old ID).
   */
  readonly id: string
  /** The span as printed (a 专栏 item: its title). */
  readonly raw: string
  /** The name as read there (spaces dropped, a list's shared head or modifier given back). */
  readonly name: string
  /** `box-item`: a 专栏 item's title; `named`: a name in running text or in an item's text. */
  readonly kind: 'box-item' | 'named'
  /** Why this mention names the project (`canonical` for the first). */
  readonly matched: MatchRule
  /** The sentence the mention stands in. */
  readonly sentence: Evidence
  readonly chapter: string
  readonly section?: string
  /** The box number (`4-3`). */
  readonly box?: V['box']
  /** The 专栏 item a named mention stands in. */
  readonly boxItem?: string
}

/** How a tie is known: the project's own sentence or item names the place; a heading of its unit does; or a chain of links does. */
export type TieHow = 'direct' | 'context' | 'transitive'

/**
 * What a tie means. `located-in`: the project stands there. `part-of`: it belongs to a zone or park there, or to a
 * unit (section, 专栏) whose subject is the place. `served-by`: a facility there serves it (通过X为…提供服务).
 * `partner`: the project is linked to the place (连接X), not built there.
 */
export type TieRelation = 'located-in' | 'part-of' | 'served-by' | 'partner'

/**
 * A link of a tie's chain: a tie relation, or `is` (the project is a facility the gazetteer knows, by its name),
 * `includes` (a 专栏 item and a project its text names), `listed-in` (a facility listed under a heading: the next
 * link says which place the heading names).
 */
export type LinkRelation = TieRelation | 'is' | 'includes' | 'listed-in'

/** What a link's `to` names: a gazetteer place (its ID), a gazetteer facility (its name), a project (its ID), a unit (its node ID). */
export type LinkTarget = 'place' | 'facility' | 'project' | 'unit'

/** One step of a tie: `from` is `relation` to `to`, as `evidence` says. */
export interface Link {
  /** The project's ID for the first link; the previous link's `to` after it. */
  readonly from: string
  readonly relation: LinkRelation
  readonly to: string
  readonly target: LinkTarget
  readonly evidence: Evidence
}

/** A tie from a project to a gazetteer place: how it is known, what it means, and the chain of links that shows it. */
export interface Tie<V extends Vocabulary = Vocabulary> {
  /** A gazetteer place ID. */
  readonly to: V['place']
  readonly how: TieHow
  /** The first link's relation, identity links (`is`, `includes`) skipped; `listed-in` reads as `part-of`. */
  readonly relation: TieRelation
  /** The index in `mentions` of the mention whose text gave the tie. */
  readonly mention: number
  /**
   * The links from the project to the place: one for a direct or context tie (its evidence is the clause that names
   * the place: at least ten characters, and the name in it), two or more for a transitive one; the last link's quote
   * names the place.
   */
  readonly chain: readonly Link[]
}

/** A clause that pointed to a sector: the words of the sector's vocabulary in it, and where it stands. */
export interface SectorClause {
  /** The words that matched, in the order found. */
  readonly words: readonly string[]
  /** In the mention's name (the evidence is the clause that names the project), its sentence or item text, or a heading of its unit. */
  readonly from: 'name' | 'text' | 'unit'
  /** The index in `mentions` of the mention whose text it is. */
  readonly mention: number
  readonly evidence: Evidence
}

/** A sector of a project with its score and the clauses (and words in them) that gave it. */
export interface SectorEvidence<V extends Vocabulary = Vocabulary> {
  /** A sector ID. */
  readonly sector: V['sector']
  /** How strongly its words point to it: each word's weight, more in the name (and near its end) than in the text or a heading, summed. */
  readonly score: number
  readonly clauses: readonly SectorClause[]
}

/** A gazetteer place a project's text names, with the mention and the clause. */
export interface PlaceFact<V extends Vocabulary = Vocabulary> {
  /** A gazetteer place ID. */
  readonly place: V['place']
  /** The index in `mentions` of the mention whose text names it. */
  readonly mention: number
  readonly evidence: Evidence
}

/**
 * `box-item`: a 专栏 item that is a project; `named`: a project named in the text (and not a 专栏 item);
 * `direction`: a 专栏 item that names an industry to develop (节能环保产业), not an undertaking; the projects its text
 * names are projects of their own.
 */
export type ProjectKind = 'box-item' | 'named' | 'direction'

/** A project: one record per distinct project, however many times the text names it. */
export interface Project<V extends Vocabulary = Vocabulary> {
  /**
   * Stable: the ID of the canonical mention (`${boxItemId}__prj` for a 专栏 item; `${nodeId}__prj_${key}` for a
   * named project, the key derived from its name). IDs of duplicates merged into it redirect here (`moved`).
   */
  readonly id: string
  /** The canonical name: the 专栏 item's title, else the first mention's name. */
  readonly name: string
  /** The canonical mention as printed. */
  readonly raw: string
  readonly kind: ProjectKind
  /** The other names the text gives it, in document order. */
  readonly aliases: readonly string[]
  /** The canonical mention's span (`mentions[0]`). */
  readonly at: TextSpan
  /** Where the canonical mention stands. */
  readonly chapter: string
  readonly section?: string
  /** The box number (`4-3`), when the canonical mention stands in a 专栏. */
  readonly box?: V['box']
  readonly boxItem?: string
  /** Every place the text names it: the canonical mention first, then the others in document order. */
  readonly mentions: readonly Mention<V>[]
  /** Sector IDs, main first (the canonical mention's main sector, unless its own words name none). */
  readonly sectors: readonly V['sector'][]
  readonly sectorEvidence: readonly SectorEvidence<V>[]
  /** Gazetteer place IDs its mentions' sentences, items or headings name. */
  readonly places: readonly V['place'][]
  readonly placeEvidence: readonly PlaceFact<V>[]
  /** At most one tie a place: the strongest (direct, then context, then transitive), the earliest mention between equals. */
  readonly ties: readonly Tie<V>[]
}

/** A tie of a project to a place, and its chain as one line of text. */
export interface Explanation<V extends Vocabulary = Vocabulary> {
  /** The project's ID (a retired ID given to `explain` is followed to it). */
  readonly project: string
  /** The place's ID. */
  readonly place: V['place']
  readonly tie: Tie<V>
  /**
   * The chain, one link after another: `A is in B («quote», nodeId start–end) → B is in Z («quote», nodeId
   * start–end)`, with the names of projects and places (a facility by its name, a unit by its ID).
   */
  readonly text: string
}

/** A sector of the vocabulary, as `sectors()` gives it (the extractor's keyword hints left out). */
export interface SectorInfo<V extends Vocabulary = Vocabulary> {
  /** Stable ASCII ID (`digital`). */
  readonly id: V['sector']
  /** The Chinese label (数字经济与信息化). */
  readonly zh: string
  /** The English label. */
  readonly en: string
  /** GB/T 4754-2017 门类 codes (single letters A–T). */
  readonly gbt4754: readonly string[]
}

/** What kind of place: a town (镇), a township (乡), a subdistrict (街道), the development zone, an urban area (片区), a park, a scenic area, a village, a station. */
export type PlaceKind = 'town' | 'township' | 'subdistrict' | 'development-zone' | 'district-area' | 'park' | 'scenic-area' | 'village' | 'station'

/** A place of the gazetteer, as `places()` gives it. */
export interface Place<V extends Vocabulary = Vocabulary> {
  /** Stable ASCII ID (`kaifaqu`), the pinyin of the name. */
  readonly id: V['place']
  /** The name as the gazetteer gives it. */
  readonly name: string
  readonly kind: PlaceKind
  /** Every other spelling the text uses. */
  readonly aliases: readonly string[]
  /** The containing place, when the text tells (or, where the evidence says so, when it is inferred). */
  readonly within: V['place'] | null
  /** Verbatim quote(s) from the plan with where they stand: `quote (4.3); quote (专栏 4-1)`. */
  readonly evidence: string
  /** Longer strings that contain the name or an alias but are not a mention (a place name inside a title such as X学者). */
  readonly exclude?: readonly string[]
  /** Already there (built before the plan): named alone it is used, not built, so not a project. */
  readonly existing?: boolean
  /** The 专栏 item that builds it (`box_8-2__item_1`): a mention of it is that item's project, not a new one. */
  readonly boxItem?: string
}

/** A named facility or enterprise the plan places in a place, so that a mention of the facility alone is tied to it. */
export interface Facility<V extends Vocabulary = Vocabulary> {
  readonly name: string
  readonly aliases: readonly string[]
  /** The place it stands in; none for one that spans several (a trunk road), or one that stands in another facility (`within`). */
  readonly place?: V['place']
  /** The facility it stands in or belongs to (by its name), when the plan places it there rather than in a place. */
  readonly within?: string
  /** How it stands in its place or `within` facility: `located-in` (the default) or `part-of`. */
  readonly relation?: 'located-in' | 'part-of'
  /** Verbatim quote(s) from the plan with where they stand. */
  readonly evidence: string
  /** explicit: the same phrase names the place; context: the paragraph or 专栏 it stands in is about that place. */
  readonly basis: 'explicit' | 'context'
  /** Already there (built before the plan): named alone it is used, not built, so not a project. */
  readonly existing?: boolean
  /** The 专栏 item that builds it (`box_8-2__item_1`). */
  readonly boxItem?: string
}

// --------------------------------------------------------------- the schemas

const span = { nodeId: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }
const unitFields = { chapter: z.string(), section: z.string().optional(), box: z.string().optional(), boxItem: z.string().optional() }
const mentionIndex = z.number().int().nonnegative()

export const TextSpanSchema = z.strictObject(span)
export const EvidenceSchema = z.strictObject({ ...span, quote: z.string().min(1) })
export const TieRelationSchema = z.enum(['located-in', 'part-of', 'served-by', 'partner'])
export const LinkRelationSchema = z.enum(['located-in', 'part-of', 'served-by', 'partner', 'is', 'includes', 'listed-in'])
export const MatchRuleSchema = z.enum(['canonical', 'same-name', 'same-entry', 'prefixed-name', 'restates-item', 'builds-item', 'names-entry'])

export const MentionSchema = z.strictObject({
  id: z.string(),
  ...span,
  raw: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(['box-item', 'named']),
  matched: MatchRuleSchema,
  sentence: EvidenceSchema,
  ...unitFields
})

export const LinkSchema = z.strictObject({
  from: z.string(),
  relation: LinkRelationSchema,
  to: z.string(),
  target: z.enum(['place', 'facility', 'project', 'unit']),
  evidence: EvidenceSchema
})

export const TieSchema = z.strictObject({
  to: z.string(),
  how: z.enum(['direct', 'context', 'transitive']),
  relation: TieRelationSchema,
  mention: mentionIndex,
  chain: z.array(LinkSchema).min(1)
})

export const SectorClauseSchema = z.strictObject({ words: z.array(z.string().min(1)).min(1), from: z.enum(['name', 'text', 'unit']), mention: mentionIndex, evidence: EvidenceSchema })
export const SectorEvidenceSchema = z.strictObject({ sector: z.string(), score: z.number(), clauses: z.array(SectorClauseSchema) })
export const PlaceFactSchema = z.strictObject({ place: z.string(), mention: mentionIndex, evidence: EvidenceSchema })

export const ProjectSchema = z.strictObject({
  id: z.string(),
  name: z.string().min(1),
  raw: z.string().min(1),
  kind: z.enum(['box-item', 'named', 'direction']),
  aliases: z.array(z.string().min(1)),
  at: TextSpanSchema,
  ...unitFields,
  mentions: z.array(MentionSchema).min(1),
  sectors: z.array(z.string()),
  sectorEvidence: z.array(SectorEvidenceSchema),
  places: z.array(z.string()),
  placeEvidence: z.array(PlaceFactSchema),
  ties: z.array(TieSchema)
})

// Each schema describes its interface exactly: a field added to one and not the other fails the type check here.
type DeepMutable<T> = T extends readonly unknown[] ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Holds<T extends true> = T
/** A compile-time check, nothing at run time: each schema's type is its interface's. */
export type SchemasMatchInterfaces = [
  Holds<Same<z.infer<typeof ProjectSchema>, DeepMutable<Project>>>,
  Holds<Same<z.infer<typeof MentionSchema>, DeepMutable<Mention>>>,
  Holds<Same<z.infer<typeof TieSchema>, DeepMutable<Tie>>>,
  // The vocabulary and the gazetteer: their schemas are in knowledge.ts.
  Holds<Same<SectorInfoRecord, DeepMutable<SectorInfo>>>,
  Holds<Same<PlaceRecord, DeepMutable<Place>>>,
  Holds<Same<FacilityRecord, DeepMutable<Facility>>>
]
