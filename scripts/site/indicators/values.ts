/**
 * What the indicators page does with the typed cell values (`Indicator.values`):
 * shows each as printed (its `raw`, footnote marks linked to the note that
 * defines them), and decides what a chart may draw. A chart draws only single
 * printed numbers; a qualitative cell (完成省定考核目标), a dash, two figures
 * with qualifiers, or a cumulative figure set against a yearly one is never
 * turned into a number: the row stays in the table beside the chart, with the
 * reason it is not drawn.
 */
import type { CellValue, Indicator, Mark } from '../../../src/index.js'
import { esc } from '../html.js'

/** The columns of the two tables the charts read, as their headers print them. */
export const COLUMNS = {
  '1-1': { base: '2015 年', target: '规划目标 2020 年', reached: '进展情况 2020 年' },
  '2-1': { base: '2020 年', target: '2025 年', rate: '年均增速 [累计]' }
} as const

/** A single printed number, as a chart may place it. */
export interface Figure {
  number: number
  raw: string
  comparator: '<' | '>' | '≤' | '≥' | undefined
  cumulative: boolean
}

/** The cell's figure, when it is one printed number (`105`, `≤9`, `66.94*`, `[2.5]`); otherwise undefined. */
export function figure(value: CellValue | undefined): Figure | undefined {
  if (!value || value.kind !== 'number') return undefined
  return { number: value.number, raw: value.raw, comparator: value.comparator, cumulative: value.cumulative === true }
}

/** A cell's value by its column header; throws when the table has no such column (the build stops rather than chart nothing). */
export function cell(indicator: Indicator, column: string): CellValue | undefined {
  if (!(column in indicator.values)) throw new Error(`site: ${indicator.id} has no column ${JSON.stringify(column)} (columns: ${Object.keys(indicator.values).join(', ')})`)
  return indicator.values[column]
}

function markLink(text: string, mark: Mark, noteHref: (id: string) => string): string {
  if (!mark.note) return esc(text)
  const title = mark.meaning ? ` title="${esc(`${mark.mark}：${mark.meaning}`)}"` : ''
  return `<a class="plan-mark" href="${esc(noteHref(mark.note))}" data-mark="${esc(mark.mark)}"${title}>${esc(text)}</a>`
}

/**
 * A cell as printed, in HTML: its raw text, with a footnote mark (`69.57**`)
 * or cumulative brackets (`[2.5]`) linked to the note that says what they
 * mean, as the renderer links them in the tables.
 */
export function printedHtml(value: CellValue | undefined, noteHref: (id: string) => string): string {
  if (!value || value.kind === 'empty') return ''
  if (value.kind !== 'number' || !value.marks?.length) return esc(value.raw)
  let html = esc(value.raw)
  for (const mark of value.marks) {
    if (mark.mark === '[]') html = markLink(value.raw, mark, noteHref)
    else if (value.raw.endsWith(mark.mark)) html = esc(value.raw.slice(0, -mark.mark.length)) + markLink(mark.mark, mark, noteHref)
  }
  return html
}

export type Status = 'met' | 'missed' | 'unjudged'

export const STATUS_LABEL: Record<Status, string> = { met: '达到', missed: '未达到', unjudged: '未作判断' }

/** One row of 表 1-1 set against its 2020 target: drawn (with a status) or not (with why). */
export type Outcome =
  | { drawn: true; target: Figure; reached: Figure; status: Status; why: string }
  | { drawn: false; why: string }

/** Whether the target is a floor or a ceiling: its comparator says, or the 2015 figure it moves away from. */
function direction(target: Figure, base: Figure | undefined): 'at-least' | 'at-most' | undefined {
  if (target.comparator === '≥' || target.comparator === '>') return 'at-least'
  if (target.comparator === '≤' || target.comparator === '<') return 'at-most'
  if (base && !base.cumulative && base.number !== target.number) return target.number > base.number ? 'at-least' : 'at-most'
  return undefined
}

/** 表 1-1: the 2020 target against what 2020 reached, judged only where the table says which way is better. */
export function outcome(indicator: Indicator): Outcome {
  const c = COLUMNS['1-1']
  const targetCell = cell(indicator, c.target)
  const reachedCell = cell(indicator, c.reached)
  const target = figure(targetCell)
  const reached = figure(reachedCell)
  if (!target || !reached) {
    const what = !target ? `目标印作“${targetCell?.raw || '空'}”` : `2020 年印作“${reachedCell?.raw || '空'}”`
    return { drawn: false, why: `${what}，不是单一数字，不作图` }
  }
  if (target.cumulative !== reached.cumulative)
    return { drawn: false, why: `目标 ${target.raw} 为${target.cumulative ? '五年累计数' : '当年数'}，2020 年 ${reached.raw} 为${reached.cumulative ? '累计数' : '当年数'}，不可直接比较` }
  const way = direction(target, figure(cell(indicator, c.base)))
  if (!way) return { drawn: true, target, reached, status: 'unjudged', why: '表中既无比较符也无 2015 年基数，看不出目标是上限还是下限' }
  const strict = target.comparator === '>' || target.comparator === '<'
  const met =
    way === 'at-least'
      ? reached.number > target.number || (!strict && reached.number === target.number)
      : reached.number < target.number || (!strict && reached.number === target.number)
  const basis = target.comparator ? `目标为 ${target.raw}` : `目标较 2015 年${way === 'at-least' ? '提高' : '降低'}`
  return { drawn: true, target, reached, status: met ? 'met' : 'missed', why: basis }
}

/** 表 2-1: the 2020 figure and the 2025 target, drawn when both are single printed numbers. */
export type Reach = { drawn: true; base: Figure; target: Figure } | { drawn: false; why: string }

export function reach(indicator: Indicator): Reach {
  const c = COLUMNS['2-1']
  const baseCell = cell(indicator, c.base)
  const targetCell = cell(indicator, c.target)
  const base = figure(baseCell)
  const target = figure(targetCell)
  if (base && target && base.cumulative === target.cumulative) return { drawn: true, base, target }
  if (targetCell?.kind === 'text') return { drawn: false, why: `2025 年目标为文字“${targetCell.raw}”` }
  const rate = cell(indicator, c.rate)
  if (!target) return { drawn: false, why: rate && rate.kind !== 'none' && rate.kind !== 'empty' ? `2025 年未列数值，目标为年均增速 ${rate.raw}` : '未给出 2025 年数值目标' }
  if (baseCell?.kind === 'multiple') return { drawn: false, why: `2020 年有 ${baseCell.parts.length} 个口径（${baseCell.raw}）` }
  return { drawn: false, why: '未给出 2020 年数值' }
}
