/**
 * What the name rules know, built once per plan: the genre's wording
 * (extract.json), the lists the rules search longest first, and the
 * gazetteer's answers about a name.
 */
import type { ExtractKnowledge } from '../../schema/knowledge.js'
import type { PlaceIndex } from '../places.js'
import { headWords, type HeadWord } from './heads.js'
import { properTest, siteTest } from './proper.js'

export interface NameKnowledge {
  /** The genre's wording, as extract.json gives it. */
  readonly words: ExtractKnowledge
  /** Every head word with its class, the longest first. */
  readonly heads: readonly HeadWord[]
  /** Facility and works nouns, the longest first: the kind of thing a name names. */
  readonly kindNouns: readonly string[]
  /** What ends a name after its head besides a particle or a count: trailing words, clause stops, a conjunction, a verb. */
  readonly nameEnds: readonly string[]
  /** Conjunctions, the longest first (以及 before 及). */
  readonly conjunctions: readonly string[]
  /** Leading verbs, the longest first (加快推进 before 加快). */
  readonly leadingVerbs: readonly string[]
  /** 等, up to six characters, a project head and a conjunction (等A工程和): a list closed by its shared head, and another after it. */
  readonly sharedHeadThenConjunction: RegExp
  /** Words only a company's name contains (公司, 集团, 有限 …). */
  readonly companyMarkers: readonly string[]
  /** Words of any organisation's name: companies' and others' (合作社, 大学 …). */
  readonly organisationMarkers: readonly string[]
  /** Whether a name has a proper-name element (a place, an organisation, a quantity …; see proper.ts). */
  isProper(name: string): boolean
  /** Whether a name names a site: a gazetteer place or facility, a known proper name, a street or road, an organisation. */
  namesSite(name: string): boolean
  /** Whether a name is a facility the gazetteer knows and the plan builds (X城). */
  isKnownFacility(name: string): boolean
  /** Whether a name is a place or facility the gazetteer marks as existing (used, not built). */
  isExisting(name: string): boolean
  /** The gazetteer place whose name ends `text` at `at` (B乡 in B乡（…）), if any. */
  placeBefore(text: string, at: number): string | undefined
  /** The length of a gazetteer place that opens a name (B乡 in B乡小流域治理工程), else 0. */
  placeAtStart(name: string): number
  /** Whether a name contains a gazetteer place. */
  namesPlace(name: string): boolean
  /** The 专栏 item whose own undertaking a name is (a gazetteer facility with `boxItem`), if any. */
  itemOf(name: string): string | undefined
}

/** Words that end a name after its head whatever the wording: a conjunction, or 及配套 (…中心及配套设施; but not 及 alone: 中镇路及南通街 is one undertaking). */
const CONJUNCTION_ENDS = ['和', '与', '及配套']

const longestFirst = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length)

export function nameKnowledge(words: ExtractKnowledge, places: PlaceIndex): NameKnowledge {
  const companyMarkers = [...words.companyEnds, ...words.companyWords]
  const organisationMarkers = [...companyMarkers, ...words.organisationWords]
  const whole = (name: string) => places.matcher.all(name).filter((m) => m.start === 0 && m.end === name.length).map((m) => m.value)
  return {
    words,
    heads: headWords(words),
    kindNouns: longestFirst([...words.facilityHeads, ...words.undertakingHeads]),
    nameEnds: [...words.trailingWords, ...words.clauseStops, ...CONJUNCTION_ENDS, ...words.leadingVerbs.filter((v) => v.length >= 2), ...words.strongVerbs],
    conjunctions: longestFirst(words.conjunctions),
    leadingVerbs: longestFirst(words.leadingVerbs),
    sharedHeadThenConjunction: new RegExp(`等[^、，“”]{0,6}?(?:${words.projectHeads.join('|')})(${longestFirst(words.conjunctions).join('|')})`),
    companyMarkers,
    organisationMarkers,
    isProper: properTest(words, organisationMarkers, places),
    namesSite: siteTest(words, organisationMarkers, places),
    placeBefore: (text, at) => {
      const before = text.slice(Math.max(0, at - 10), at)
      return places.placeMatcher.all(before).find((m) => m.end === before.length)?.word
    },
    placeAtStart: (name) => places.placeMatcher.all(name).find((m) => m.start === 0)?.end ?? 0,
    namesPlace: (name) => places.placeMatcher.all(name).length > 0,
    isKnownFacility: (name) => whole(name).some((n) => n.kind === 'facility' && !n.facility.existing),
    isExisting: (name) => whole(name).some((n) => (n.kind === 'facility' ? n.facility.existing : n.place.existing) === true),
    itemOf: (name) => whole(name).flatMap((n) => (n.kind === 'facility' && n.facility.boxItem ? [n.facility.boxItem] : []))[0]
  }
}
