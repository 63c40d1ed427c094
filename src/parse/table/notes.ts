/**
 * A table's notes: the paragraphs after it that read `注：1. …` or `2. …`.
 * A note keeps its printed number (`table_1-1__note_2`); one without a
 * number takes an ordinal.
 */
import type { Paragraph } from 'mdast'
import { patterns } from '../../genre/patterns.js'
import { makeId } from '../../ids/make.js'
import type { Table, TableNote } from '../../schema/plan.js'
import { text } from '../inline.js'
import { Ordinals } from '../ordinals.js'
import { pos } from '../position.js'

export function tableNotes(table: Table, notes: readonly Paragraph[]): TableNote[] {
  const ord = new Ordinals()
  return notes.map((p) => {
    const value = text(p)
    const m = patterns.noteNumber.exec(value)
    const number = m ? Number(m[1]) : ord.next('note')
    return { type: 'tableNote', id: makeId(table.id, 'note', number), position: pos(p), number, value }
  })
}
