/**
 * Proper-name tests. The plan's definition of a project asks for a proper
 * name: a name is proper when it has one of the elements below; a name names
 * a site when a place, a street or an organisation is in it.
 */
import type { ExtractKnowledge } from '../../schema/knowledge.js'
import type { PlaceIndex } from '../places.js'

/** A street or road name (大众南路, 鼓楼南街), not the common nouns 道路/公路/街道/路网. */
const ROAD = /[\u4e00-\u9fa5]{2}(?<![道公马铁网线通])[路街](?!道|巷|网)/

/** A number (3万吨, G108), an ordinal (第二), a route (X至Y, X到Y). */
const NUMBER_OR_ROUTE = /[0-9０-９]|[A-Z]\d|第[一二三四五六七八九十]|至|[\u4e00-\u9fa5]{2}到[\u4e00-\u9fa5]{2}/

/** A route between two named ends written with a dash (霍永—霍黎). */
const DASHED_ROUTE = /[\u4e00-\u9fa5]—[\u4e00-\u9fa5]/

/** A quantity in words (百万千瓦级, 两万吨). */
const QUANTITY_IN_WORDS = /[一二三四五六七八九十百千万两]+(?:千瓦|兆瓦|万吨|吨|平方米|公里|亩)/

/**
 * Whether a name has a proper-name element: a gazetteer name, an organisation's word, a known proper name, a named
 * head's compound (厨具小镇), the new one of a kind (新医院), a number, ordinal or route, a street or road name, a
 * quantity in words.
 */
export function properTest(words: ExtractKnowledge, organisationMarkers: readonly string[], places: PlaceIndex): (name: string) => boolean {
  return (name) =>
    places.matcher.all(name).length > 0 ||
    organisationMarkers.some((w) => name.includes(w)) ||
    words.properNames.some((w) => name.includes(w)) ||
    words.namedHeads.some((head) => name.endsWith(head) && name.length - head.length >= 2) ||
    newOfAKind(name, words) ||
    NUMBER_OR_ROUTE.test(name) ||
    ROAD.test(name) ||
    DASHED_ROUTE.test(name) ||
    QUANTITY_IN_WORDS.test(name)
}

/** The new one of a kind (新医院, 新人民医院): a short facility name opening with a unique prefix replaces the unique existing one. */
function newOfAKind(name: string, words: ExtractKnowledge): boolean {
  return words.uniquePrefixes.some(
    (prefix) => name.startsWith(prefix) && name.length <= 7 && !words.notUnique.some((w) => name.startsWith(w)) && words.facilityHeads.some((head) => name.endsWith(head))
  )
}

/** Whether a name names a site: a gazetteer place or facility, a known proper name, a street or road, an organisation. */
export function siteTest(words: ExtractKnowledge, organisationMarkers: readonly string[], places: PlaceIndex): (name: string) => boolean {
  return (name) => places.matcher.all(name).length > 0 || words.properNames.some((w) => name.includes(w)) || ROAD.test(name) || organisationMarkers.some((w) => name.includes(w))
}

/** 市X: the city's own facility (not 市场, 市民, 市政 … where 市 opens a common word). */
const CITY_OWN = /^市(?!场|民|政|域|级|区|县|内|外|乡)/

/** Whether a member is the city's own (unique) facility: 市X, or X right after 我市/本市 (`before`: the text before it). */
export function isMunicipal(raw: string, before: string): boolean {
  return /(?:我市|本市)$/.test(before) || CITY_OWN.test(raw)
}

/** A 市X工程 or 市X项目 is the city's own undertaking (a bare 市X facility may be an existing institution, 市技工学校). */
export function isMunicipalUndertaking(raw: string): boolean {
  return CITY_OWN.test(raw) && /工程$|项目$/.test(raw)
}
