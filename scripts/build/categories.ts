/**
 * The indicator category vocabulary of a corpus
 * (corpus/<plan>/indicator-categories.json), read and held to the tables:
 * every grouping row's title belongs to exactly one category, every title
 * the vocabulary lists is printed by some table, and no ID is given twice.
 * A corpus without the file has no vocabulary (the category columns of the
 * exports stay blank): a warning, not an error.
 */
import fs from 'node:fs'
import path from 'node:path'
import { IndicatorCategoriesFileSchema, type IndicatorCategory } from '../../src/schema/categories.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import type { Plan, PlanNode, TableGroup } from '../../src/schema/plan.js'
import { nodes } from '../../src/util/visit.js'
import { parseJsonFile, readJsonFile } from '../lib/json.js'

export const CATEGORIES_FILE = 'indicator-categories.json'

export function readIndicatorCategories(dir: string, tree: Plan, diagnostics: Diagnostic[]): IndicatorCategory[] {
  const file = path.join(dir, CATEGORIES_FILE)
  if (!fs.existsSync(file)) {
    diagnostics.push({ severity: 'warning', rule: 'categories-missing', message: `no ${CATEGORIES_FILE}: the indicator exports carry the printed group titles only`, file, line: 1, column: 1 })
    return []
  }
  const json = readJsonFile(file)
  const parsed = parseJsonFile(json, IndicatorCategoriesFileSchema)
  diagnostics.push(...parsed.diagnostics)
  if (!parsed.data) return []
  const { categories } = parsed.data
  const printed = new Set(nodes<PlanNode, TableGroup>(tree, (n): n is TableGroup => n.type === 'tableGroup').map((g) => g.title))
  const owner = new Map<string, string>()
  const ids = new Set<string>()
  const error = (message: string, at: PropertyKey[]) => diagnostics.push({ severity: 'error', rule: 'categories', message, file, ...json.at(at) })
  categories.forEach((c, k) => {
    if (ids.has(c.id)) error(`category ${c.id} is given twice`, ['categories', k, 'id'])
    ids.add(c.id)
    c.printed.forEach((title, j) => {
      const other = owner.get(title)
      if (other) error(`${JSON.stringify(title)} belongs to ${other} already; a printed title has one category`, ['categories', k, 'printed', j])
      else owner.set(title, c.id)
      if (!printed.has(title)) error(`no table prints a group titled ${JSON.stringify(title)}`, ['categories', k, 'printed', j])
    })
  })
  for (const title of printed) if (!owner.has(title)) error(`the group ${JSON.stringify(title)} has no category: add it to one category's printed titles`, ['categories'])
  return categories
}
