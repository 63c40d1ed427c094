/**
 * The indicators page's charts, drawn with Observable Plot at build time and
 * shipped as static SVG (no script needed to see them). Plot builds its SVG
 * through a DOM; linkedom gives it one in Node. Each indicator has its own
 * unit and scale (亿元, %, 元 …), so each row is drawn on its own scale from
 * zero to the larger of its two figures, with the printed figures written
 * beside it: the chart shows the relation (short of, past, how far), the
 * labels and the table beside it give the numbers as printed.
 */
import * as Plot from '@observablehq/plot'
import { parseHTML } from 'linkedom'
import type { Status } from './values.js'

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>')

export type Layout = 'wide' | 'narrow'

/** Sizes of the two layouts: a desktop column and a 390 px phone (less the page's padding). */
const SIZE: Record<Layout, { width: number; row: number; font: number }> = {
  wide: { width: 720, row: 46, font: 13 },
  narrow: { width: 350, row: 66, font: 13 }
}

export const STATUS_COLOURS: Record<Status, string> = { met: '#1a7f37', missed: '#b3261e', unjudged: '#6e7781' }

export interface BulletRow {
  name: string
  target: number
  reached: number
  /** `实际 81.08 · 目标 105 · 未达到`: the printed figures and the verdict in words (colour is never the only cue). */
  label: string
  status: Status
}

export interface ArrowRow {
  name: string
  base: number
  target: number
  /** `61.48 → 74.3`, as printed. */
  label: string
}

/** A rough width in ems: Han and full-width characters one em, Latin about half (Plot's own estimate takes Han as narrow). */
function ems(text: string): number {
  let w = 0
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 ? 0.55 : 1
  return w
}

/** The name cut to fit a row, with `…` where cut (the full name is in the table under the chart and in the bar's title). */
export function fit(text: string, layout: Layout, font: number): string {
  const room = (SIZE[layout].width - 8) / font
  if (ems(text) <= room) return text
  let out = ''
  for (const ch of text) {
    if (ems(out + ch) > room - 1) break
    out += ch
  }
  return `${out}…`
}

/** The SVG element Plot made, as markup, with the ARIA that makes it one image with a name. */
function markup(svg: unknown, ariaLabel: string, describedBy: string): string {
  const element = svg as { setAttribute(name: string, value: string): void; querySelectorAll(s: string): Iterable<{ removeAttribute(name: string): void }>; outerHTML: string }
  // The SVG is one image: Plot's aria-labels on its inner groups would be names on elements without a role.
  for (const inner of element.querySelectorAll('[aria-label], [aria-hidden]')) {
    inner.removeAttribute('aria-label')
    inner.removeAttribute('aria-hidden')
  }
  element.setAttribute('role', 'img')
  element.setAttribute('aria-label', ariaLabel)
  element.setAttribute('aria-describedby', describedBy)
  return element.outerHTML
}

/** Where, in row units, each line of a row sits: the name, the label, the bar (wide: name and label share a line). */
function rowLines(layout: Layout) {
  return layout === 'wide'
    ? { name: -0.22, label: -0.22, barTop: 0.04, barBottom: 0.36, tickTop: -0.02, tickBottom: 0.42 }
    : { name: -0.3, label: -0.04, barTop: 0.16, barBottom: 0.4, tickTop: 0.12, tickBottom: 0.44 }
}

function frame(n: number, layout: Layout) {
  const { width, row } = SIZE[layout]
  return {
    document: document as unknown as Document,
    width,
    height: n * row + 8,
    marginTop: 4,
    marginBottom: 4,
    marginLeft: 2,
    marginRight: 2,
    x: { domain: [0, 1], axis: null },
    y: { domain: [-0.5, n - 0.5], reverse: true, axis: null }
  } as const
}

/**
 * 表 1-1: for each indicator a track from zero, a bar to what 2020 reached
 * (green: target met, red: missed, grey: the table does not say which way
 * is better) and a black tick at the target.
 */
export function bulletChart(rows: readonly BulletRow[], layout: Layout, ariaLabel: string, describedBy: string): string {
  const { font } = SIZE[layout]
  const at = rowLines(layout)
  const max = (d: BulletRow) => Math.max(d.target, d.reached) || 1
  const svg = Plot.plot({
    ...frame(rows.length, layout),
    color: { domain: ['met', 'missed', 'unjudged'], range: [STATUS_COLOURS.met, STATUS_COLOURS.missed, STATUS_COLOURS.unjudged] },
    marks: [
      Plot.rect(rows, { x1: 0, x2: 1, y1: (_d: BulletRow, i: number) => i + at.barTop, y2: (_d: BulletRow, i: number) => i + at.barBottom, fill: 'currentColor', fillOpacity: 0.08 }),
      Plot.rect(rows, {
        x1: 0,
        x2: (d: BulletRow) => d.reached / max(d),
        y1: (_d: BulletRow, i: number) => i + at.barTop,
        y2: (_d: BulletRow, i: number) => i + at.barBottom,
        fill: 'status',
        title: (d: BulletRow) => `${d.name}：${d.label}`
      }),
      Plot.ruleX(rows, {
        x: (d: BulletRow) => d.target / max(d),
        y1: (_d: BulletRow, i: number) => i + at.tickTop,
        y2: (_d: BulletRow, i: number) => i + at.tickBottom,
        stroke: 'currentColor',
        strokeWidth: 3
      }),
      Plot.text(rows, { x: 0, y: (_d: BulletRow, i: number) => i + at.name, text: (d: BulletRow) => fit(d.name, layout, font), textAnchor: 'start', fontSize: font, fontWeight: 600 }),
      Plot.text(rows, {
        x: layout === 'wide' ? 1 : 0,
        y: (_d: BulletRow, i: number) => i + at.label,
        text: 'label',
        textAnchor: layout === 'wide' ? 'end' : 'start',
        fontSize: font - 1,
        fill: 'status'
      })
    ]
  })
  return markup(svg, ariaLabel, describedBy)
}

/** 表 2-1: for each indicator an arrow from its 2020 figure to its 2025 target, from zero on its own scale. */
export function arrowChart(rows: readonly ArrowRow[], layout: Layout, ariaLabel: string, describedBy: string): string {
  const { font } = SIZE[layout]
  const at = rowLines(layout)
  const max = (d: ArrowRow) => Math.max(d.base, d.target) || 1
  const mid = (at.barTop + at.barBottom) / 2
  const svg = Plot.plot({
    ...frame(rows.length, layout),
    marks: [
      Plot.rect(rows, { x1: 0, x2: 1, y1: (_d: ArrowRow, i: number) => i + at.barTop, y2: (_d: ArrowRow, i: number) => i + at.barBottom, fill: 'currentColor', fillOpacity: 0.06 }),
      Plot.arrow(rows, {
        x1: (d: ArrowRow) => d.base / max(d),
        x2: (d: ArrowRow) => d.target / max(d),
        y1: (_d: ArrowRow, i: number) => i + mid,
        y2: (_d: ArrowRow, i: number) => i + mid,
        stroke: '#0b57d0',
        strokeWidth: 2.5,
        headLength: 9,
        title: (d: ArrowRow) => `${d.name}：${d.label}`
      }),
      Plot.dot(rows, { x: (d: ArrowRow) => d.base / max(d), y: (_d: ArrowRow, i: number) => i + mid, r: 4, fill: 'currentColor' }),
      Plot.text(rows, { x: 0, y: (_d: ArrowRow, i: number) => i + at.name, text: (d: ArrowRow) => fit(d.name, layout, font), textAnchor: 'start', fontSize: font, fontWeight: 600 }),
      Plot.text(rows, {
        x: layout === 'wide' ? 1 : 0,
        y: (_d: ArrowRow, i: number) => i + at.label,
        text: 'label',
        textAnchor: layout === 'wide' ? 'end' : 'start',
        fontSize: font - 1
      })
    ]
  })
  return markup(svg, ariaLabel, describedBy)
}
