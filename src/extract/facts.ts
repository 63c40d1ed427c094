/**
 * The facts one mention's own text gives, after the walk: its sectors (the
 * words of its name, its sentence or item text, its unit's headings), the
 * places that text names, and its ties (ties.ts), each with the clause it
 * rests on (clauses.ts).
 */
import type { BoxItem, Measure, Paragraph } from '../schema/plan.js'
import type { Evidence, Link, PlaceFact, SectorEvidence } from '../schema/project.js'
import { evidenceIn } from './clauses.js'
import { textOf, type Extraction, type Found, type NodeText } from './extraction.js'
import { framesIn, inFrame, type Frame } from './frames.js'
import type { Named } from './places.js'
import { entryId } from './relations.js'
import type { ScoredSector } from './sectors.js'
import { mayStandIn, TieSet, tieOf, tiesThrough } from './ties.js'
import { sentenceAt, type Span } from './text.js'
import { itemText, subjectHeadings, type UnitHeading } from './units.js'

/** Give `found` the facts of its own text. */
export function addFacts(found: Found, extraction: Extraction): void {
  const headings = subjectHeadings(found.unit)
  if (found.node.type === 'boxItem') boxItemFacts(found, found.node, headings, extraction)
  else namedFacts(found, found.node, headings, extraction)
}

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** A named mention: its sentence, the text of the 专栏 items around it, its unit's headings. */
function namedFacts(found: Found, node: Paragraph | Measure, headings: UnitHeading[], extraction: Extraction): void {
  const { places } = extraction
  const value = node.value
  const sentence = sentenceAt(value, found.at.start)
  const own = evidenceIn(node.id, value, [found.at])
  score(found, { nodeId: node.id, start: sentence.start, text: value.slice(sentence.start, sentence.end) }, [], headings, own, extraction)
  placeFacts(found, [{ id: node.id, value, from: sentence.start, to: sentence.end }], headings, extraction)

  const ties = new TieSet()
  const frames = framesIn(value, places, extraction.names.words).filter((f) => f.clause.start >= sentence.start && f.clause.end <= sentence.end)
  const standsIn = mayStandIn(found.name, places)
  // Direct: its sentence names the place (evidence: the clauses from the place to the name).
  for (const m of places.placeMatcher.all(value.slice(sentence.start, sentence.end))) {
    const word = { start: sentence.start + m.start, end: sentence.start + m.end }
    if (!inFrame(word, frames) && standsIn(m.value)) ties.add(direct(found, m.value, evidenceIn(node.id, value, [word, found.at])))
  }
  // In a 专栏 item the literal rule reads "its own item names the place": the enclosing items' own text counts as direct.
  for (const item of found.unit.items)
    for (const paragraph of itemText(item)) {
      const itemFrames = framesIn(paragraph.value, places, extraction.names.words)
      for (const m of places.placeMatcher.all(paragraph.value))
        if (!inFrame(m, itemFrames) && standsIn(m.value)) ties.add(direct(found, m.value, evidenceIn(paragraph.id, paragraph.value, [m])))
    }
  contextTies(found, headings, ties, extraction)
  transitiveTies(found, found.name, own, ties, extraction)
  frameTies(found, frames, (frame) => evidenceIn(node.id, value, [found.at, frame.word]), ties, extraction)
  found.ties = ties.list()
}

/** A 专栏 item: its title, its own text (not its nested items'), the headings of the unit around it. */
function boxItemFacts(found: Found, item: BoxItem, headings: UnitHeading[], extraction: Extraction): void {
  const { places } = extraction
  const paragraphs = itemText(item)
  const title = found.at.end > found.at.start ? evidenceIn(found.at.nodeId, textOf(extraction, found.at.nodeId), [found.at]) : undefined
  const texts = paragraphs.map((p, k) => {
    const start = k === 0 && p.id === found.at.nodeId ? found.at.end : 0
    return { nodeId: p.id, start, text: p.value.slice(start) }
  })
  score(found, undefined, texts, headings, title, extraction)
  placeFacts(found, paragraphs.map((p) => ({ id: p.id, value: p.value, from: 0, to: p.value.length })), headings, extraction)

  const ties = new TieSet()
  const frames: Array<{ frame: Frame; paragraph: { id: string; value: string } }> = []
  for (const paragraph of paragraphs) {
    const own = framesIn(paragraph.value, places, extraction.names.words)
    frames.push(...own.map((frame) => ({ frame, paragraph })))
    for (const m of places.placeMatcher.all(paragraph.value)) if (!inFrame(m, own)) ties.add(direct(found, m.value, evidenceIn(paragraph.id, paragraph.value, [m])))
  }
  contextTies(found, headings, ties, extraction)
  if (title) transitiveTies(found, item.title, title, ties, extraction)
  for (const { frame, paragraph } of frames) frameTies(found, [frame], () => evidenceIn(paragraph.id, paragraph.value, [frame.word]), ties, extraction)
  found.ties = ties.list()
}

function direct(found: Found, named: Named, evidence: Evidence) {
  if (named.kind !== 'place') throw new Error('a direct tie goes to a place')
  return tieOf('direct', [{ from: found.id, relation: 'located-in', to: named.place.id, target: 'place', evidence }])
}

/** Context ties: a heading of the unit names the place; innermost first, so that the closest heading is the evidence. */
function contextTies(found: Found, headings: UnitHeading[], ties: TieSet, extraction: Extraction): void {
  for (const heading of [...headings].reverse())
    for (const m of extraction.places.placeMatcher.all(heading.text))
      if (m.value.kind === 'place') ties.add(tieOf('context', [{ from: found.id, relation: 'part-of', to: m.value.place.id, target: 'place', evidence: headingEvidence(heading) }]))
}

/**
 * Transitive ties through the gazetteer entries a name names: the project is the entry (its name is the entry's, a
 * prefix that agrees aside) or stands at it; `own` is the clause that names the project.
 */
function transitiveTies(found: Found, name: string, own: Evidence, ties: TieSet, extraction: Extraction): void {
  const is = extraction.keys.entryOf(name)
  for (const m of extraction.places.matcher.all(name)) {
    const entry = m.value
    const same = is !== undefined && entryId(is) === entryId(entry) && is.kind === entry.kind
    const first: Link = { from: found.id, relation: same ? 'is' : 'located-in', to: entryId(entry), target: entry.kind, evidence: own }
    for (const tie of tiesThrough(entry, first, extraction, (message) => warn(found, message, extraction))) ties.add(tie)
  }
}

/** Served-by and partner ties: a frame of its sentence (or item) ties it to the frame's entry, and up from there. */
function frameTies(found: Found, frames: readonly Frame[], evidence: (frame: Frame) => Evidence, ties: TieSet, extraction: Extraction): void {
  for (const frame of frames) {
    if (found.node.type !== 'boxItem' && overlap(frame.word, found.at)) continue
    const first: Link = { from: found.id, relation: frame.relation, to: entryId(frame.entry), target: frame.entry.kind, evidence: evidence(frame) }
    // A partner is tied where it is named, not where it lies.
    if (frame.relation === 'partner' && frame.entry.kind === 'place') ties.add(tieOf('direct', [first]))
    else for (const tie of tiesThrough(frame.entry, first, extraction, (message) => warn(found, message, extraction), true)) ties.add(tie)
  }
}

function warn(found: Found, message: string, extraction: Extraction): void {
  extraction.report(found.node.position, 'warning', 'evidence-not-found', message)
}

export function headingEvidence(heading: UnitHeading): Evidence {
  return { nodeId: heading.nodeId, start: heading.start, end: heading.end, quote: heading.text }
}

/** Sectors, each word with the clause it stands in (a name's word: the clause that names the project). */
function score(found: Found, sentence: NodeText | undefined, texts: NodeText[], headings: UnitHeading[], own: Evidence | undefined, extraction: Extraction): void {
  const scored = extraction.scoreSectors({
    name: found.name,
    text: sentence ? [sentence] : texts,
    unit: headings.map((h) => ({ nodeId: h.nodeId, start: h.start, text: h.text }))
  })
  found.sectors = scored.sectors
  found.sectorEvidence = scored.evidence.map((e) => sectorEvidence(e, own, headings, extraction))
}

function sectorEvidence(scored: ScoredSector, own: Evidence | undefined, headings: UnitHeading[], extraction: Extraction): SectorEvidence {
  const clauses: Array<{ words: string[]; from: ScoredSector['words'][number]['from']; mention: number; evidence: Evidence }> = []
  for (const w of scored.words) {
    let evidence: Evidence | undefined
    if (w.from === 'name') evidence = own
    else if (w.from === 'unit') {
      const heading = headings.find((h) => h.nodeId === w.at!.nodeId && h.start <= w.at!.start && w.at!.end <= h.end)
      evidence = heading && headingEvidence(heading)
    } else evidence = evidenceIn(w.at!.nodeId, textOf(extraction, w.at!.nodeId), [w.at!])
    if (!evidence) continue
    // Words of one clause share its evidence.
    const same = clauses.find((c) => c.from === w.from && c.evidence.nodeId === evidence.nodeId && c.evidence.start === evidence.start && c.evidence.end === evidence.end)
    if (same) same.words.push(w.word)
    else clauses.push({ words: [w.word], from: w.from, mention: 0, evidence })
  }
  return { sector: scored.sector, score: scored.score, clauses }
}

/** The places a mention's text (`texts`, each `[from, to)` of a node) and its unit's headings name, each once, with its clause. */
function placeFacts(found: Found, texts: Array<{ id: string; value: string; from: number; to: number }>, headings: UnitHeading[], extraction: Extraction): void {
  const facts: PlaceFact[] = []
  const add = (place: string, evidence: Evidence) => {
    if (!facts.some((f) => f.place === place)) facts.push({ place, mention: 0, evidence })
  }
  for (const t of texts)
    for (const m of extraction.places.placeMatcher.all(t.value.slice(t.from, t.to)))
      if (m.value.kind === 'place') add(m.value.place.id, evidenceIn(t.id, t.value, [{ start: t.from + m.start, end: t.from + m.end }]))
  for (const heading of headings) for (const m of extraction.places.placeMatcher.all(heading.text)) if (m.value.kind === 'place') add(m.value.place.id, headingEvidence(heading))
  found.places = facts.map((f) => f.place)
  found.placeEvidence = facts
}
