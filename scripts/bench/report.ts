/** The printed table: each figure next to its baseline, the ratio, the target and whether it holds. */
import { displayWidth } from '../../src/cli/table.js'
import type { Row, Stats } from './result.js'

function value(v: number, unit: Row['unit']): string {
  if (unit === 'bytes') return v >= 10_000 ? `${(v / 1000).toFixed(1)} kB` : `${v} B`
  if (v < 0.001) return `${(v * 1e6).toFixed(0)} ns`
  if (v < 1) return `${(v * 1000).toFixed(v < 0.01 ? 2 : 1)} µs`
  return `${v.toFixed(v < 100 ? 2 : 0)} ms`
}

export function spread(s: Stats, unit: Row['unit']): string {
  if (s.samples === 1) return value(s.median, unit)
  return `${value(s.median, unit)} (${value(s.min, unit)}–${value(s.max, unit)}, n=${s.samples})`
}

function ratio(r: number | null, unit: Row['unit']): string {
  if (r === null) return '—'
  return r >= 1 ? `${r.toFixed(2)}×` : `${r.toFixed(r < 0.01 ? 4 : 3)}× (${(1 / r).toFixed(r > 0.1 ? 1 : 0)}× ${unit === 'bytes' ? 'smaller' : 'faster'})`
}

function verdict(row: Row): string {
  if (!row.measured) return 'not measured'
  if (row.holds === null) return '—'
  return row.holds ? 'holds' : 'MISSED'
}

export function table(rows: Row[]): string {
  const head = ['Figure', 'Median (min–max)', 'Baseline median (min–max)', 'Ratio', 'Target', 'Verdict']
  const body = rows.map((r) => [
    r.figure,
    r.subject ? spread(r.subject.stats, r.unit) : '—',
    r.baseline ? spread(r.baseline.stats, r.unit) : '—',
    ratio(r.ratio, r.unit),
    r.target,
    verdict(r)
  ])
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i]!))))
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - displayWidth(c))).join(' │ ').trimEnd()
  const out = [line(head), widths.map((w) => '─'.repeat(w)).join('─┼─')]
  rows.forEach((r, i) => {
    out.push(line(body[i]!))
    if (r.subject && r.baseline) out.push(`    · ${r.subject.label}  vs  ${r.baseline.label}`)
    for (const n of r.notes) out.push(`    · ${n}`)
  })
  return out.join('\n')
}
