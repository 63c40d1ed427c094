/**
 * The tables domain: the plan's tables (表 1-1, 表 2-1) whole, with their
 * header rows, groups, indicator rows and notes (tables.json). What
 * `indicators()` and `tables()` need, and no more: a page that lists
 * indicators does not load the plan's text.
 */
import raw from '../generated/tables.json' with { type: 'json' }
import type { Table } from '../schema/plan.js'

/** The tables in document order (the same nodes `tree()` holds). Not frozen here: the entries freeze what they hand out. */
export function planTables(): readonly Table[] {
  return raw as unknown as Table[]
}
