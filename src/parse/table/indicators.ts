/**
 * Indicator rows -> typed data: each value column parsed into a CellValue,
 * footnote marks linked to the note that defines them, the unit read from the
 * name, the period from the table's title, and rows a note says are no
 * longer monitored marked as such.
 */
import { own } from '../../util/own.js'
import { patterns } from '../../genre/patterns.js'
import type { Indicator, Table, TableHeader } from '../../schema/plan.js'
import type { Report } from '../context.js'
import { parseCell, parseMarkNote, periodOf, unitOf, unmonitoredNames, type MarkMeanings } from '../values.js'

const bare = (name: string) => name.replace(/[（(][^（）()]*[）)]\s*$/u, '').replace(/\s+/g, '')

/** Indexes of the columns that hold values (not the number, name or attribute). */
function valueColumns(columns: readonly string[], nameCol: number): number[] {
  return columns
    .map((_, k) => k)
    .filter((k) => k !== nameCol && !patterns.numberColumn.test(columns[k]!) && !patterns.attributeColumn.test(columns[k]!))
}

export function enrichIndicators(table: Table, nameCol: number, report: Report): void {
  const period = periodOf(table.title)
  if (period) table.period = period
  const header = table.children.find((c): c is TableHeader => c.type === 'tableHeader')
  if (!header) return
  const marks = new Map<string, { meaning: string; note: string }>() as Map<string, { meaning: string; note: string }> & MarkMeanings
  const unmonitored = new Map<string, string>()
  const notes = table.children.filter((c) => c.type === 'tableNote')
  for (const note of notes) {
    for (const [mark, meaning] of parseMarkNote(note.value, note.id)) marks.set(mark, meaning)
    for (const name of unmonitoredNames(note.value) ?? []) unmonitored.set(name.replace(/\s+/g, ''), note.id)
  }
  const columns = valueColumns(header.columns, nameCol)
  const matched = new Set<string>()
  for (const row of table.children) {
    if (row.type !== 'indicator') continue
    const ind: Indicator = row
    const values: Indicator['values'] = {}
    for (const k of columns) values[header.columns[k]!] = parseCell(ind.cells[k] ?? '', marks)
    ind.values = values
    for (const v of Object.values(values))
      for (const m of v.kind === 'number' ? (own(v, 'marks') ?? []) : v.kind === 'multiple' ? v.parts.flatMap((p) => own(p, 'marks') ?? []) : [])
        if (!m.meaning) report(ind, 'mark-undefined', `mark ${m.mark} in ${table.label} row ${JSON.stringify(ind.name)} is defined by no note of the table`, 'warning')
    if (period) ind.period = period
    const unit = unitOf(ind.name)
    if (unit) ind.unit = unit
    const note = unmonitored.get(bare(ind.name))
    ind.monitored = note === undefined
    if (note) {
      ind.monitoringNote = note
      matched.add(bare(ind.name))
    }
  }
  const noteById = new Map(notes.map((n) => [n.id, n]))
  for (const [name, noteId] of unmonitored)
    if (!matched.has(name)) report(noteById.get(noteId), 'note-unmatched', `${table.label}: the note names ${JSON.stringify(name)} as no longer monitored, but no row has that name`)
}
