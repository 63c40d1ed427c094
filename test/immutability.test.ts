/**
 * Nothing a caller does to an answer changes a later answer. The store
 * deep-freezes the tree and its per-type lists; answers built per call
 * (ancestors, indicators) are fresh arrays of frozen nodes.
 *
 * Each test takes a snapshot of every public answer, attacks the answers
 * (assign, push, delete, sort, splice, setPrototypeOf, defineProperty; in
 * strict mode a frozen object throws TypeError, which is caught and ignored),
 * then asks again and compares against the snapshot.
 */
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { read } from './helpers.js'

const ids = read('corpus/huozhou-14th/ids.txt').split('\n').filter(Boolean)
const sampleIds = ids.filter((_, k) => k % 7 === 0).concat(['chp_4', 'chp_4__sec_2', 'box_4-3', 'table_1-1'])

/** Every public answer, as plain JSON. */
function answers(): string {
  const out: Record<string, unknown> = {
    outline: api.outline(),
    boxes: api.boxes(),
    tables: api.tables(),
    tree: api.tree(),
    text: api.text(),
    nodes: sampleIds.map((id) => api.getNode(id)),
    ancestors: sampleIds.map((id) => api.ancestors(id).map((n) => n.id)),
    texts: sampleIds.map((id) => api.text(id)),
    indicators: api.indicators()
  }
  return JSON.stringify(out)
}

const attempt = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    if (!(e instanceof TypeError)) throw e
  }
}

/** Try every kind of change on an object and everything under it: what it holds first, then itself. */
function attack(value: unknown, seen = new Set<unknown>()): void {
  const found: object[] = []
  const stack = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (!v || typeof v !== 'object' || seen.has(v)) continue
    seen.add(v)
    found.push(v)
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key])
  }
  for (const o of found.reverse()) attackOne(o as Record<string, unknown>)
}

function attackOne(o: Record<string, unknown>): void {
  if (Array.isArray(o)) {
    const a = o as unknown[]
    attempt(() => a.push({ type: 'paragraph', id: 'injected' }))
    attempt(() => a.reverse())
    attempt(() => a.sort())
    attempt(() => a.splice(0, 1))
    attempt(() => (a.length = 0))
    attempt(() => (a[0] = 'replaced'))
    return
  }
  for (const key of Object.keys(o)) {
    attempt(() => (o[key] = typeof o[key] === 'number' ? -1 : 'hacked'))
    attempt(() => delete o[key])
  }
  attempt(() => (o.injected = true))
  attempt(() => Object.defineProperty(o, 'id', { value: 'redefined' }))
  attempt(() => Object.setPrototypeOf(o, { polluted: true }))
}

describe('immutability', () => {
  const before = answers()

  it('the snapshot is of real answers', () => {
    expect(api.boxes().length).toBe(18)
    expect(api.getNode('chp_4')?.type).toBe('chapter')
  })

  it('attacking the tree, the outline and the lists does not change a later answer', () => {
    attack(api.tree())
    attack(api.outline())
    attack(api.boxes())
    attack(api.tables())
    expect(answers()).toBe(before)
  })

  it('attacking getNode and ancestors answers does not change a later answer', () => {
    const seen = new Set<unknown>()
    for (const id of sampleIds) {
      attack(api.getNode(id), seen)
      attack(api.ancestors(id), seen)
    }
    expect(answers()).toBe(before)
  })

  it('attacking indicators answers does not change a later answer', () => {
    attack(api.indicators())
    attack(api.indicators({ attribute: '约束性' }))
    expect(answers()).toBe(before)
  })

  it('the per-type lists are frozen, not only their nodes', () => {
    expect(Object.isFrozen(api.boxes())).toBe(true)
    expect(Object.isFrozen(api.tables())).toBe(true)
    expect(Object.isFrozen(api.tree().children)).toBe(true)
    expect(() => (api.boxes() as unknown[]).push(1)).toThrow(TypeError)
  })
})
