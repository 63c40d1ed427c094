/**
 * What the types promise, held at run time on the real corpus: the literal
 * unions of src/generated/types.ts list exactly the values the filters take
 * (a value the type allows is never refused, one it refuses is never
 * taken), every row has what the shipped types call required, `getBox`,
 * `getTable` and the guards answer as their types say, and the build fails
 * on a tree that breaks the promise.
 */
import { describe, expect, it } from 'vitest'
import { boxes, getBox, getNode, getTable, indicators, is, isBox, isIndicator, isTable, PlanError, places, projects, sectors, tables, tree } from '../src/index.js'
import { NODE_TYPES } from '../src/util/is.js'
import { checkShippedFacts } from '../scripts/build/types.js'
import type { Indicator } from '../src/schema/plan.js'
import { all, parsedTree, read, thrownBy } from './helpers.js'

const generated = read('src/generated/types.ts')

/** The members of an exported union of the generated module (`export type Name = | 'a' | 'b'`). */
function union(name: string): string[] {
  const block = new RegExp(`export type ${name} =((?:\\n  \\| '(?:[^'\\\\]|\\\\.)*')+)`).exec(generated)
  if (!block) throw new Error(`src/generated/types.ts has no union ${name}`)
  return [...block[1]!.matchAll(/\| '((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'"))
}

/** The values a filter refuses list what it takes (`PlanError.allowed`). */
const allowed = (f: () => unknown) => thrownBy<PlanError>(f).allowed

describe('the generated unions list exactly what the filters take', () => {
  it('sectors: every ID and Chinese name is taken; the IDs are what a refused value lists', () => {
    const ids = union('SectorId')
    expect(ids).toEqual(sectors().map((s) => s.id))
    for (const s of [...ids, ...union('SectorName')]) expect(() => projects({ sector: s as never })).not.toThrow()
    expect(allowed(() => projects({ sector: 'digitall' as never }))).toEqual(ids)
    // Every label is a name, and so is each part of a label joined by 与 (数字经济与信息化: 数字经济).
    expect(union('SectorName')).toEqual(expect.arrayContaining([...sectors().map((s) => s.zh), '数字经济']))
  })
  it('places: every ID, name and alias is taken, and nothing else is', () => {
    expect(union('PlaceId')).toEqual(places().map((p) => p.id))
    const names = places().flatMap((p) => [p.id, p.name, ...p.aliases])
    expect(new Set([...union('PlaceId'), ...union('PlaceName')])).toEqual(new Set(names))
    for (const p of names) expect(() => projects({ tiedTo: p as never })).not.toThrow()
  })
  it('indicator facets: the attributes, periods, categories and tables of the rows', () => {
    const rows = indicators()
    expect(new Set(union('Attribute'))).toEqual(new Set(rows.map((r) => r.attribute)))
    expect(union('Period')).toEqual(tables().map((t) => t.period))
    expect(new Set(union('CategoryTitle'))).toEqual(new Set(rows.map((r) => r.category)))
    expect(union('TableNumber')).toEqual(tables().map((t) => t.number))
    for (const attribute of union('Attribute')) expect(indicators({ attribute: attribute as never }).length).toBeGreaterThan(0)
    expect(allowed(() => indicators({ period: '十五五' as never }))).toEqual(union('Period'))
  })
  it('boxes and chapters', () => {
    expect(union('BoxNumber')).toEqual(boxes().map((b) => b.number))
    expect(union('ChapterId')).toEqual(tree().children.filter((c) => c.type === 'chapter').map((c) => c.id))
  })
  it('every row has the facets the shipped types require, and a value for each column of its table', () => {
    for (const table of tables()) {
      const columns = Object.keys(table.children.find(isIndicator)!.values)
      for (const row of indicators({ table: table.number })) {
        expect([row.attribute, row.period, row.category].every((v) => typeof v === 'string'), row.id).toBe(true)
        expect(Object.keys(row.values)).toEqual(columns)
      }
    }
  })
})

describe('getBox, getTable', () => {
  it('give the node getNode gives, by number or ID', () => {
    for (const b of boxes()) {
      expect(getBox(b.number)).toBe(getNode(b.id as never))
      expect(getBox(`box_${b.number}`)).toBe(b)
      expect(Object.isFrozen(getBox(b.number).children)).toBe(true)
    }
    for (const t of tables()) for (const name of [t.number, t.id, t.label, t.label.replace(' ', '')]) expect(getTable(name as never)).toBe(t)
  })
  it('refuse a number the plan has not, listing the ones it has', () => {
    const box = thrownBy<PlanError>(() => getBox('4-9' as never))
    expect([box.name, box.code, box.argument, box.allowed]).toEqual(['PlanError', 'unknown-value', 'number', boxes().map((b) => b.number)])
    expect(box.message).toContain('"4-9"')
    const table = thrownBy<PlanError>(() => getTable('3-1' as never))
    expect([table.code, table.argument, table.allowed]).toEqual(['unknown-value', 'number', ['1-1', '2-1']])
    expect(thrownBy<PlanError>(() => getBox(43 as never)).code).toBe('invalid-argument')
  })
})

describe('type guards', () => {
  const nodes = all(tree())
  it('tell every node of the tree by its type', () => {
    for (const n of nodes) {
      expect(is(n, n.type)).toBe(true)
      expect(isBox(n)).toBe(n.type === 'box')
      expect(isTable(n)).toBe(n.type === 'table')
    }
    expect(nodes.filter(isIndicator)).toHaveLength(indicators().length)
  })
  it('take a missing node as no node, and refuse a type that is none', () => {
    expect([is(undefined, 'box'), isBox(null), isBox(getNode('nope'))]).toEqual([false, false, false])
    const e = thrownBy<PlanError>(() => is(tree(), 'boxx' as never))
    expect([e.code, e.argument, e.allowed]).toEqual(['unknown-value', 'type', [...NODE_TYPES]])
    expect(new Set(NODE_TYPES)).toEqual(new Set(nodes.map((n) => n.type)))
  })
})

describe('the build holds the tree to what the shipped types promise', () => {
  it('passes the plan', () => expect(checkShippedFacts(parsedTree(), 'plan.md')).toEqual([]))
  it('fails a row without its attribute or a value of a column, at the row', () => {
    const broken = structuredClone(parsedTree())
    const rows = all(broken).filter((n): n is Indicator => n.type === 'indicator')
    delete rows[3]!.attribute
    delete rows[40]!.values['2025 年']
    const found = checkShippedFacts(broken, 'plan.md')
    expect(found.map((d) => [d.rule, d.line, d.message.split(':')[0]])).toEqual([
      ['types-promise', rows[3]!.position.start.line, `${rows[3]!.id} has no attribute`],
      ['types-promise', rows[40]!.position.start.line, `${rows[40]!.id} has no value for 2025 年`]
    ])
  })
})
