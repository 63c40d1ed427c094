/**
 * Chapter and section headings: `## 第X章 title` -> a chapter,
 * `### 第X节 title` -> a section of the chapter above it. The numeral gives
 * the number and the ID (`chp_4`, `chp_4__sec_3`); one that does not parse
 * is reported (`numeral`) and the node takes number 0 and an `x` ordinal in
 * its ID, so that the rest of the document still reads.
 */
import type { Heading } from 'mdast'
import { parseChineseNumeral } from '../genre/numerals.js'
import { makeId } from '../ids/make.js'
import type { Chapter, Section } from '../schema/plan.js'
import type { Report } from './context.js'
import { text } from './inline.js'
import type { Ordinals } from './ordinals.js'
import { pos } from './position.js'

/**
 * @param match `patterns.chapter` on the heading's text: numeral, title
 * @param bad ordinals for unreadable numerals among the plan's chapters
 */
export function chapter(heading: Heading, match: RegExpExecArray, bad: Ordinals, report: Report): Chapter {
  const number = numeral(heading, match, report)
  const id = makeId(undefined, 'chp', number ?? `x${bad.next('bad')}`)
  return {
    type: 'chapter',
    id,
    position: pos(heading),
    number: number ?? 0,
    label: `第${match[1]}章`,
    title: match[2]!.trim(),
    children: [{ type: 'heading', id: makeId(id, 'heading'), position: pos(heading), value: text(heading) }]
  }
}

/**
 * @param match `patterns.section` on the heading's text: numeral, title
 * @param bad ordinals for unreadable numerals among the chapter's sections
 */
export function section(heading: Heading, match: RegExpExecArray, parent: Chapter, bad: Ordinals, report: Report): Section {
  const number = numeral(heading, match, report)
  const id = makeId(parent.id, 'sec', number ?? `x${bad.next('bad')}`)
  return {
    type: 'section',
    id,
    position: pos(heading),
    number: number ?? 0,
    label: `第${match[1]}节`,
    title: match[2]!.trim(),
    children: [{ type: 'heading', id: makeId(id, 'heading'), position: pos(heading), value: text(heading) }]
  }
}

function numeral(heading: Heading, match: RegExpExecArray, report: Report): number | undefined {
  const number = parseChineseNumeral(match[1]!)
  if (number === undefined) report(heading, 'numeral', `${JSON.stringify(match[1])} is not a Chinese numeral`)
  return number
}
