/**
 * The indicators page's charts, drawn with Observable Plot at build time and
 * shipped as static SVG (no script needed to see them). Plot builds its SVG
 * through a DOM; linkedom gives it one in Node. Each indicator has its own
 * unit and scale (亿元, %, 元 …), so each row is drawn on its own scale from
 * zero to the larger of its two figures, with the printed figures written
 * beside it: the chart shows the relation (short of, past, how far), the
 * labels and the table beside it give the numbers as printed.
 *
 * A static SVG scales its text with its width, so each chart is drawn once
 * per layout and the page's CSS shows the one that fits: on a phone each row
 * stacks its name, its figures and its bar (`narrow`); from a tablet on, a
 * row is one line, name | bar | figures (`medium`, also what is printed on
 * A4; `wide`, the desktop column). Positions are whole pixels (Plot's
 * identity scales), so the SVG carries no float noise.
 */
import * as Plot from '@observablehq/plot'
import { parseHTML } from 'linkedom'
import type { Status } from './values.js'

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>')

export type Layout = 'narrow' | 'medium' | 'wide'

/** The layouts, narrowest first: the width each is drawn at (a 390 px phone less the page's padding; a tablet or A4 column; the desktop column) and its text size. */
export const LAYOUTS: Record<Layout, { width: number; font: number }> = {
  narrow: { width: 350, font: 13 },
  medium: { width: 720, font: 13 },
  wide: { width: 1080, font: 14 }
}

export const STATUS_COLOURS: Record<Status, string> = { met: '#1a7f37', missed: '#b3261e', unjudged: '#6e7781' }

/** The 2025 target's colour in the 表 2-1 chart (its 2020 figure is a hollow dark ring). */
export const TARGET_COLOUR = '#0b57d0'

export interface BulletRow {
  name: string
  target: number
  reached: number
  /** `实际 81.08 · 目标 105 · 未达到`: the printed figures and the verdict in words (colour is never the only cue). */
  label: string
  status: Status
}

export interface ChangeRow {
  name: string
  base: number
  target: number
  /** `61.48 → 74.3`, as printed. */
  label: string
}

/** A rough width in ems: Han and full-width characters one em, Latin about half (Plot's own estimate takes Han as narrow). */
export function ems(text: string): number {
  let w = 0
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 ? 0.55 : 1
  return w
}

/** `text` cut to `room` ems, with `…` where cut. */
function cut(text: string, room: number): string {
  if (ems(text) <= room) return text
  let out = ''
  for (const ch of text) {
    if (ems(out + ch) > room - 1) break
    out += ch
  }
  return `${out.trimEnd()}…`
}

/**
 * What a line may not break inside: a short bracketed unit (`（人/百万吨）`,
 * `(省级)`), a run of Latin letters and digits with their marks (`R&D`,
 * `3.76`, `GDP`), an opening bracket with what follows it, a closing bracket
 * or a comma with what precedes it.
 */
function units(text: string): string[] {
  const out: string[] = []
  for (const [u] of text.matchAll(/[（(][^（）()]{1,8}[）)]|[A-Za-z0-9.&%/+\-]+|\s+|./gu)) {
    const last = out.length - 1
    if (last >= 0 && (/^[）)，、：；%]/.test(u) || /[（(]$/.test(out[last]!))) out[last] += u
    else out.push(u)
  }
  return out
}

/**
 * `text` broken into at most `lines` lines of `room` ems each, the last cut
 * with `…` when it does not fit (the full name is in the table under the
 * chart and in the mark's title).
 */
export function wrap(text: string, room: number, lines: number): string[] {
  const out = ['']
  for (const u of units(text)) {
    const line = out[out.length - 1]!
    if (line.trim() && ems(line + u) > room) {
      if (out.length === lines) {
        out[out.length - 1] = cut(line + u, room)
        return out.map((l) => l.trimEnd())
      }
      out.push(u.trimStart())
    } else out[out.length - 1] = line + u
  }
  return out.map((l, k) => (k === out.length - 1 ? cut(l, room) : l).trimEnd())
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

/** Where one row sits, in pixels: its name's lines and where they are centred, the line of its figures, its bar's centre. */
interface Slot {
  name: string
  nameY: number
  labelY: number
  barY: number
}

/** The rows laid out, and the columns they share: where the bar runs (x0 to x1) and where the figures start. */
interface Grid {
  width: number
  height: number
  font: number
  x0: number
  x1: number
  /** Where the figures start: under the name (stacked) or just past the bar's track. */
  labelX: number
  slots: Slot[]
}

/**
 * Rows one under another. `narrow` stacks each row: name, figures, bar.
 * `medium` and `wide` give each row one band: the name (one or two lines)
 * at the left, the bar, then the figures in a column as wide as the widest
 * of them, so the bar takes what the words leave.
 */
function grid(names: readonly string[], labels: readonly string[], layout: Layout): Grid {
  const { width, font } = LAYOUTS[layout]
  const line = Math.round(font * 1.25)
  const slots: Slot[] = []
  let y = 2
  if (layout === 'narrow') {
    for (const name of names) {
      const lines = wrap(name, (width - 8) / font, 2)
      const label = y + 4 + lines.length * line + 8
      slots.push({ name: lines.join('\n'), nameY: y + 4 + (lines.length * line) / 2, labelY: label, barY: label + 20 })
      y = label + 40
    }
    // The track keeps clear of the edges by a dot's radius, so an end at zero or at the maximum is drawn whole.
    return { width, height: y + 2, font, x0: 8, x1: width - 8, labelX: 2, slots }
  }
  const gap = Math.round(font * 1.2)
  const labelWidth = Math.ceil(Math.max(...labels.map(ems)) * (font - 1)) + 4
  const nameWidth = Math.round(width * 0.34)
  for (const name of names) {
    const lines = wrap(name, nameWidth / font, 2)
    const height = lines.length * line + 12
    const mid = y + Math.round(height / 2)
    slots.push({ name: lines.join('\n'), nameY: mid, labelY: mid, barY: mid })
    y += height
  }
  const x1 = width - labelWidth - gap
  return { width, height: y + 2, font, x0: nameWidth + gap, x1, labelX: x1 + gap, slots }
}

/** The frame of a chart drawn on a grid: both scales are pixels (Plot's identity scales), no axes. */
function frame(g: Grid) {
  return {
    document: document as unknown as Document,
    width: g.width,
    height: g.height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null }
  } as const
}

/** The marks every row has: its name and its printed figures (coloured by `fill` when given). */
function texts(g: Grid, labels: readonly string[], fill?: (k: number) => string) {
  return [
    Plot.text(g.slots, { x: 0, y: (s: Slot) => s.nameY, text: (s: Slot) => s.name, textAnchor: 'start', lineAnchor: 'middle', lineHeight: 1.25, fontSize: g.font, fontWeight: 600 }),
    Plot.text(g.slots, {
      x: g.labelX,
      y: (s: Slot) => s.labelY,
      text: (_s: Slot, k: number) => labels[k],
      textAnchor: 'start',
      lineAnchor: 'middle',
      fontSize: g.font - 1,
      ...(fill ? { fill: (_s: Slot, k: number) => fill(k) } : {})
    })
  ]
}

/** x of `value` on a row's own scale, from zero to `max`. */
const at = (g: Grid, value: number, max: number) => Math.round(g.x0 + (value / (max || 1)) * (g.x1 - g.x0))

/** The grid of a chart's rows: each row's name and its printed figures. */
const gridOf = (rows: ReadonlyArray<{ name: string; label: string }>, layout: Layout): Grid =>
  grid(
    rows.map((r) => r.name),
    rows.map((r) => r.label),
    layout
  )

/** Every row's faint track across the plot, `half` px above and below the row's line. */
const trackOf = <T>(g: Grid, rows: readonly T[], half: number, opacity: number) =>
  Plot.rect(rows, { x1: g.x0, x2: g.x1, y1: (_d: T, k: number) => g.slots[k]!.barY - half, y2: (_d: T, k: number) => g.slots[k]!.barY + half, fill: 'currentColor', fillOpacity: opacity })

/**
 * 表 1-1: for each indicator a track from zero, a bar to what 2020 reached
 * (green: target met, red: missed, grey: the table does not say which way
 * is better) and a black tick at the target.
 */
export function bulletChart(rows: readonly BulletRow[], layout: Layout, ariaLabel: string, describedBy: string): string {
  const g = gridOf(rows, layout)
  const max = (d: BulletRow) => Math.max(d.target, d.reached)
  const bar = 6
  const tick = 10
  const slot = (k: number) => g.slots[k]!
  const svg = Plot.plot({
    ...frame(g),
    className: 'site-plot',
    marks: [
      trackOf(g, rows, bar, 0.08),
      Plot.rect(rows, {
        x1: g.x0,
        x2: (d: BulletRow) => at(g, d.reached, max(d)),
        y1: (_d: BulletRow, k: number) => slot(k).barY - bar,
        y2: (_d: BulletRow, k: number) => slot(k).barY + bar,
        fill: (d: BulletRow) => STATUS_COLOURS[d.status],
        title: (d: BulletRow) => `${d.name}：${d.label}`
      }),
      Plot.ruleX(rows, {
        x: (d: BulletRow) => at(g, d.target, max(d)),
        y1: (_d: BulletRow, k: number) => slot(k).barY - tick,
        y2: (_d: BulletRow, k: number) => slot(k).barY + tick,
        stroke: 'currentColor',
        strokeWidth: 3
      }),
      ...texts(
        g,
        rows.map((r) => r.label),
        (k) => STATUS_COLOURS[rows[k]!.status]
      )
    ]
  })
  return markup(svg, ariaLabel, describedBy)
}

/**
 * 表 2-1: for each indicator its 2020 figure (a hollow ring) and its 2025
 * target (a filled dot) on a track from zero, joined by a line. Both ends are
 * always drawn, so a small change reads as two dots close together rather
 * than as an arrowhead with no shaft; the figures beside it say how much.
 */
export function changeChart(rows: readonly ChangeRow[], layout: Layout, ariaLabel: string, describedBy: string): string {
  const g = gridOf(rows, layout)
  const max = (d: ChangeRow) => Math.max(d.base, d.target)
  const track = 6
  const slot = (k: number) => g.slots[k]!
  const y = (_d: ChangeRow, k: number) => slot(k).barY
  const svg = Plot.plot({
    ...frame(g),
    className: 'site-plot',
    marks: [
      trackOf(g, rows, track, 0.06),
      Plot.link(rows, { x1: (d: ChangeRow) => at(g, d.base, max(d)), x2: (d: ChangeRow) => at(g, d.target, max(d)), y1: y, y2: y, stroke: TARGET_COLOUR, strokeWidth: 3, title: (d: ChangeRow) => `${d.name}：${d.label}` }),
      Plot.dot(rows, { x: (d: ChangeRow) => at(g, d.base, max(d)), y, r: 4.5, fill: 'white', stroke: 'currentColor', strokeWidth: 2 }),
      // The target last, on top: where the two ends nearly meet (92.6 → 95 on a phone), the filled dot stays whole beside the ring.
      Plot.dot(rows, { x: (d: ChangeRow) => at(g, d.target, max(d)), y, r: 5.5, fill: TARGET_COLOUR, stroke: TARGET_COLOUR, title: (d: ChangeRow) => `${d.name}：${d.label}` }),
      ...texts(
        g,
        rows.map((r) => r.label)
      )
    ]
  })
  return markup(svg, ariaLabel, describedBy)
}
