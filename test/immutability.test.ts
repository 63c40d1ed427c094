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
import { describe, expect, it, vi } from 'vitest'
import * as api from '../src/index.js'
import * as outlineEntry from '../src/outline.js'
import * as render from '../src/render.js'
import type { PlanError } from '../src/errors.js'
import { read, thrownBy } from './helpers.js'

const ids = read('corpus/huozhou-14th/ids.txt').split('\n').filter(Boolean)
const projectIds = read('corpus/huozhou-14th/project-ids.txt').split('\n').filter((l) => l && !l.startsWith('#'))
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

/**
 * The entries freeze each answer as they hand it out (a first query pays for
 * what it returns, not for its whole domain), so an answer must be frozen
 * whatever was asked before it, also when nothing was: each case asks in a
 * fresh module graph (fresh data modules), then walks the answer.
 */
describe('every answer is deep-frozen when it is first handed out', () => {
  /** Paths of the objects in `value` that are not frozen (own data properties, as deepFreeze follows them). */
  const unfrozen = (value: unknown): string[] => {
    const out: string[] = []
    const seen = new Set<unknown>()
    const stack: Array<[unknown, string]> = [[value, '']]
    while (stack.length > 0 && out.length < 5) {
      const [v, at] = stack.pop()!
      if (v === null || typeof v !== 'object' || seen.has(v)) continue
      seen.add(v)
      if (!Object.isFrozen(v)) out.push(at || '(the answer)')
      for (const key of Reflect.ownKeys(v)) {
        const d = Object.getOwnPropertyDescriptor(v, key)
        if (d && 'value' in d) stack.push([d.value, `${at}.${String(key)}`])
      }
    }
    return out
  }
  type Api = typeof api & typeof render & { outlineOnly: typeof outlineEntry.outline }
  const cases: Array<[string, (a: Api) => unknown]> = [
    ['getNode (a section)', (a) => a.getNode('chp_4__sec_3')],
    ['getNode (a table row)', (a) => a.getNode('table_2-1__ind_1')],
    // A fresh array, the caller's own; its nodes frozen.
    ['ancestors', (a) => [...a.ancestors('table_1-1__ind_1')]],
    ['boxes', (a) => a.boxes()],
    ['tables', (a) => a.tables()],
    ['indicators (an index list)', (a) => a.indicators({ attribute: '约束性' })],
    ['indicators (a filtered list)', (a) => a.indicators({ text: '率' })],
    ['indicators (two facets)', (a) => a.indicators({ attribute: '约束性', table: '2-1' })],
    ['tree', (a) => a.tree()],
    ['projects (an index list)', (a) => a.projects({ tiedTo: '开发区' })],
    ['projects (two filters)', (a) => a.projects({ tiedTo: '开发区', sector: 'energy' })],
    ['projects (all)', (a) => a.projects()],
    ['getProject', (a) => a.getProject(projectIds[0]!)],
    ['sectors', (a) => a.sectors()],
    ['places', (a) => a.places()],
    ['outline', (a) => a.outline()],
    ['outline (./outline)', (a) => a.outlineOnly()]
  ]
  it.each(cases)('%s', async (_, ask) => {
    vi.resetModules()
    const fresh = { ...(await import('../src/index.js')), ...(await import('../src/render.js')), outlineOnly: (await import('../src/outline.js')).outline } as Api
    const answer = ask(fresh)
    expect(JSON.stringify(answer).length).toBeGreaterThan(2)
    expect(unfrozen(Array.isArray(answer) && !Object.isFrozen(answer) ? Object.freeze(answer) : answer)).toEqual([])
  })
  it('the check can fail: a fresh array of nodes is not frozen itself', async () => {
    vi.resetModules()
    const fresh = await import('../src/index.js')
    expect(unfrozen(fresh.ancestors('chp_4__sec_3'))).toEqual(['(the answer)'])
  })
})

/**
 * Shared state a caller could reach: the lists a `PlanError` hands out, the
 * exported extension objects, and whatever sits on Object.prototype (a
 * filter or an option is what the caller wrote, never an inherited key).
 * The poisoning is undone in `finally`, before anything is asserted.
 */
describe('no shared mutable state', () => {
  /** Set `keys` on Object.prototype while `f` runs: by assignment, as the issue wrote it, or non-enumerable (hast-util-to-html's for…in does not survive an enumerable one). */
  const poisoned = <T>(keys: Record<string, unknown>, f: () => T, enumerable = true): T => {
    const proto = Object.prototype as Record<string, unknown>
    for (const [k, v] of Object.entries(keys)) Object.defineProperty(proto, k, { value: v, enumerable, writable: true, configurable: true })
    try {
      return f()
    } finally {
      for (const k of Object.keys(keys)) delete proto[k]
    }
  }

  it('PlanError.allowed is a frozen copy: changing it changes no later check', () => {
    const unknownKey = thrownBy<PlanError>(() => api.indicators({ colour: 'red' } as never))
    const unknownValue = thrownBy<PlanError>(() => api.indicators({ attribute: '约束' } as never))
    for (const e of [unknownKey, unknownValue]) {
      expect(Object.isFrozen(e.allowed)).toBe(true)
      expect(() => (e.allowed as string[]).push('colour')).toThrow(TypeError)
      expect(() => ((e.allowed as string[]).length = 0)).toThrow(TypeError)
    }
    // Two errors of the same check hand out two lists, neither of them the one the check uses.
    expect(thrownBy<PlanError>(() => api.indicators({ colour: 'red' } as never)).allowed).not.toBe(unknownKey.allowed)
    expect(thrownBy<PlanError>(() => api.indicators({ colour: 'red' } as never)).message).toBe(unknownKey.message)
    expect(api.indicators({ attribute: '约束性' }).length).toBeGreaterThan(0)
  })

  it('Object.prototype.attribute (the issue’s example) does not filter indicators()', () => {
    const all = api.indicators().length
    const binding = api.indicators({ attribute: '约束性' }).length
    expect(binding).toBeLessThan(all)
    const [plain, empty, other] = poisoned({ attribute: '约束性' }, () => [api.indicators().length, api.indicators({}).length, api.indicators({ table: '2-1' }).length])
    expect([plain, empty]).toEqual([all, all])
    expect(other).toBe(api.indicators({ table: '2-1' }).length)
  })

  it('Object.prototype.limit and .types do not narrow search()', () => {
    const hits = api.search('发展', {}).length
    expect(hits).toBeGreaterThan(10)
    expect(poisoned({ limit: 1, types: ['heading'] }, () => api.search('发展', {}).length)).toBe(hits)
  })

  it('inherited filter keys are ignored, known and unknown alike; own ones count', () => {
    const all = api.projects().length
    expect(api.projects(Object.create({ sector: 'energy' }) as never).length).toBe(all)
    expect(api.projects(Object.create({ colour: 'red' }) as never).length).toBe(all)
    expect(api.projects({ sector: 'energy' }).length).toBeLessThan(all)
    expect(() => api.projects({ colour: 'red' } as never)).toThrow(/unknown filter "colour"/)
    expect(api.indicators(Object.create({ attribute: '约束性' }) as never).length).toBe(api.indicators().length)
    expect(api.search('发展', Object.create({ limit: 1 }) as never).length).toBe(api.search('发展').length)
  })

  it('render options are own properties too', () => {
    const keys = { depth: 5, headingOffset: 1, marks: 'plain', projects: true, include: { heading: false, caption: false } }
    const mdast = JSON.stringify(render.toMdast('table_1-1'))
    expect(poisoned(keys, () => JSON.stringify(render.toMdast('table_1-1', {})))).toBe(mdast)
    const html = render.toHtml('chp_4__sec_3')
    expect(poisoned(keys, () => render.toHtml('chp_4__sec_3', {}), false)).toBe(html)
    expect(render.toHtml('chp_4__sec_3', Object.create({ depth: 5 }) as never)).toBe(html)
  })

  it('the outline entry is deep-frozen (outline().chapters.push sticks nowhere)', () => {
    const o = outlineEntry.outline()
    expect(() => (o.chapters as unknown[]).push({})).toThrow(TypeError)
    expect(() => (o.chapters[0]!.sections as unknown[]).push({})).toThrow(TypeError)
    expect(() => ((o.toc.entries[0] as { title: string }).title = 'x')).toThrow(TypeError)
    expect(outlineEntry.outline().chapters).toHaveLength(13)
  })

  it('planToMarkdown and planHandlers are deep-frozen: toMarkdown uses that very object', () => {
    expect(Object.isFrozen(render.planToMarkdown.handlers)).toBe(true)
    expect(() => ((render.planToMarkdown.handlers as Record<string, unknown>).planFigure = () => 'x')).toThrow(TypeError)
    expect(Object.isFrozen(render.planHandlers)).toBe(true)
    expect(render.toMarkdown('table_1-1')).toContain('| --- |')
  })
})
