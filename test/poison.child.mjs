// A consumer of the BUILT package (dist/, through its own "exports", ESM and
// CJS) that first poisons one path a careless or hostile neighbour in the
// same process could take, then computes every public answer and prints one
// digest per answer as JSON. test/poison.test.ts runs it once clean and once
// per poisoning step, in fresh processes, and compares the digests.
//
//   node test/poison.child.mjs <step>
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'

const step = process.argv[2] ?? 'clean'
const require = createRequire(import.meta.url)

/** Every key the API reads from a caller's object: filters, search, render, remark and parser options. */
export const OPTION_KEYS = [
  'attribute', 'table', 'period', 'category', 'text',
  'tiedTo', 'sector', 'mainSector', 'place', 'kind', 'chapter', 'box',
  'limit', 'types',
  'headingOffset', 'depth', 'linkTo', 'marks', 'projects', 'include',
  'heading', 'caption', 'notes', 'boxes', 'tables', 'toc',
  'fatal', 'id'
]

/** A value for each key that would change an answer if it were read: a real filter value, a real option. */
const POISON = {
  attribute: '约束性', table: '1-1', period: '十四五', category: '经济发展', text: '率',
  tiedTo: 'kaifaqu', sector: 'energy', mainSector: 'energy', place: 'kaifaqu', kind: 'named', chapter: 'chp_4', box: '4-3',
  limit: 1, types: ['heading'],
  headingOffset: 2, depth: 5, linkTo: () => 'https://poisoned.example/', marks: 'plain', projects: true, include: { caption: false, notes: false },
  heading: false, caption: false, notes: false, boxes: false, tables: false, toc: false,
  fatal: true, id: 'chp_1', file: 'poisoned.md'
}

/** How many changes took (on fresh answers and on what a step poisons): the proof that a step did something. */
let changed = 0
const attempt = (f) => {
  try {
    f()
    changed++
  } catch (e) {
    if (!(e instanceof TypeError)) throw e
  }
}

/**
 * Try every kind of change on a value and everything it holds (what it holds first, then itself).
 * A frozen object is walked through but not tried: no change can take (test/immutability.test.ts
 * tries them in-process), and thousands of TypeErrors would only slow the step down.
 */
function attack(value, seen = new Set()) {
  const found = []
  const stack = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (!v || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v)) continue
    seen.add(v)
    found.push(v)
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key)
      if (d && 'value' in d) stack.push(d.value)
    }
  }
  for (const o of found.reverse()) {
    if (Object.isFrozen(o)) continue
    if (Array.isArray(o)) {
      attempt(() => o.push({ type: 'paragraph', id: 'injected', value: 'injected' }))
      attempt(() => o.reverse())
      attempt(() => o.splice(0, 1))
      attempt(() => (o[0] = 'replaced'))
      attempt(() => (o.length = 0))
      continue
    }
    if (typeof o === 'function') continue
    for (const key of Object.keys(o)) {
      attempt(() => (o[key] = typeof o[key] === 'number' ? -1 : typeof o[key] === 'function' ? () => 'hacked' : 'hacked'))
      attempt(() => delete o[key])
    }
    attempt(() => (o.injected = true))
    attempt(() => Object.setPrototypeOf(o, { polluted: true }))
  }
}

const dataDir = new URL('../dist/data/', import.meta.url)
const dataFiles = fs.readdirSync(dataDir).filter((f) => f.endsWith('.json'))
/** The data files the built library imports (`./data/x.json` in dist/*.js): the instances its answers come from. */
const libraryData = new Set(
  fs
    .readdirSync(new URL('../dist/', import.meta.url))
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => [...fs.readFileSync(new URL(`../dist/${f}`, import.meta.url), 'utf8').matchAll(/["']\.\/data\/([^"'/]+\.json)["']/g)].map((m) => m[1]))
)
/** Data files the library imports that a consumer could import too (must stay empty), and those it could not. */
const reachable = []
const sealed = []
/** Exported data files the library never imports, changed by the step. */
const exported = []

// Poisoning that must happen before the library is loaded.
if (step === 'data-modules') {
  for (const f of dataFiles) {
    if (libraryData.has(f)) {
      // The library's own: not exported, under any name, so no consumer holds the instance it answers from.
      for (const spec of [`@huozhou/plan/data/${f}`, `@huozhou/plan/dist/data/${f}`]) {
        for (const load of [() => import(spec, { with: { type: 'json' } }), () => require(spec)]) {
          try {
            attack((await load()).default ?? require(spec))
            reachable.push(spec)
          } catch (e) {
            if (e.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw e
          }
        }
      }
      sealed.push(f)
    } else {
      // What a neighbour gets from `import … from '@huozhou/plan/data/x.json'` or require(): change all of it, before the library loads.
      attack((await import(`@huozhou/plan/data/${f}`, { with: { type: 'json' } })).default)
      attack(require(`@huozhou/plan/data/${f}`))
      exported.push(f)
    }
  }
}

const lib = await import('@huozhou/plan')
const render = await import('@huozhou/plan/render')
const outlineOnly = await import('@huozhou/plan/outline')
const { remarkPlan } = await import('@huozhou/plan/remark')
const parser = await import('@huozhou/plan/parser')
const cjs = require('@huozhou/plan')
const cjsOutline = require('@huozhou/plan/outline')
const { unified } = await import('unified')
const remarkParse = (await import('remark-parse')).default
const remarkDirective = (await import('remark-directive')).default
const remarkRehype = (await import('remark-rehype')).default
const rehypeStringify = (await import('rehype-stringify')).default
const miniPlan = fs.readFileSync(new URL('fixtures/mini-plan.md', import.meta.url), 'utf8')

/**
 * Object.prototype, once everything is loaded and before the first query:
 * - `prototype`: every key of the API but `text`, non-enumerable: what any read through the
 *   prototype chain would find, while the for…in loops of hast-util-to-html and zod (which
 *   do not survive an enumerable key on Object.prototype) see nothing; every answer but the parser's;
 * - `prototype-text`: `text` alone, the same way; parse-entities (under remark-parse) reads
 *   its own options' `text` through the prototype, so the answers that parse Markdown are left out;
 * - `prototype-parser`: the keys of `prototype` and `file` (parsePlan's option), the parser's answers;
 * - `prototype-enumerable`: as the issue wrote it, `Object.prototype.attribute = '约束性'`, every
 *   key; the answers of the query entries (`.`, `./outline`), which load no other package;
 * - `prototype-index`: the index keys 0 … INDEX_KEYS - 1, non-enumerable, each an array of
 *   plausible numbers: what a read of a missing element of a sparse array or an index-keyed cache
 *   would find; the answers of the query entries.
 */
const define = (key) => Object.defineProperty(Object.prototype, key, { value: POISON[key], writable: true, configurable: true, enumerable: false })
const BUT_TEXT = OPTION_KEYS.filter((k) => k !== 'text')
if (step === 'prototype') BUT_TEXT.forEach(define)
if (step === 'prototype-text') define('text')
if (step === 'prototype-parser') [...BUT_TEXT, 'file'].forEach(define)
if (step === 'prototype-enumerable') for (const key of OPTION_KEYS) Object.prototype[key] = POISON[key]
const INDEX_KEYS = 4096
if (step === 'prototype-index') {
  const numbers = new Uint16Array(1 << 17).fill(7)
  for (let k = 0; k < INDEX_KEYS; k++) Object.defineProperty(Object.prototype, k, { value: numbers, writable: true, configurable: true, enumerable: false })
}
/** The groups of answers a step computes: all, or these. */
const GROUPS = { prototype: ['query', 'render', 'remark'], 'prototype-text': ['query', 'render'], 'prototype-parser': ['parser'], 'prototype-enumerable': ['query'], 'prototype-index': ['query'] }
const wanted = (group) => (GROUPS[step] ?? ['query', 'render', 'remark', 'parser']).includes(group)

const errorOf = (f) => {
  try {
    f()
    return 'no error'
  } catch (e) {
    return { name: e.name, code: e.code, argument: e.argument, message: e.message, allowed: e.allowed }
  }
}

// Every node ID, from the shipped files read as text (a copy of their own): asking the library (tree()) would freeze
// every node before the 'answers' step, which must find each answer as the library hands it out.
const read = (name) => JSON.parse(fs.readFileSync(new URL(name, dataDir), 'utf8'))
const tableNodes = new Map(read('tables.json').map((t) => [t.id, t]))
const ids = []
const stack = [read('plan.json')]
while (stack.length) {
  const n = n0(stack.pop())
  ids.push(n.id)
  if (n.children) for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k])
}
/** A table's stub in plan.json stands for the table node in tables.json. */
function n0(node) {
  return node.type === 'table' && !node.children ? tableNodes.get(node.id) : node
}
const RENDER_IDS = ['plan', 'chp_4', 'chp_4__sec_3', 'box_4-3', 'table_1-1', 'table_2-1', 'box_8-2', 'toc']
const RENDER_OPTIONS = [undefined, { projects: true }, { depth: 2, marks: 'plain' }, { headingOffset: 1, include: { caption: false, notes: false } }, { linkTo: (id) => `/plan/${id}` }]
const QUERIES = ['开发区', '開發區', 'PM2.5', 'ＰＭ２．５', '发展', '专栏', '煤', 'a.*b', '霍州']
const SEARCH_OPTIONS = [undefined, {}, { limit: 3 }, { types: ['paragraph', 'measure'] }, { limit: 2, types: ['heading'] }]
const INDICATOR_FILTERS = [undefined, {}, { attribute: '约束性' }, { attribute: '预期性' }, { table: '1-1' }, { table: 'table_2-1' }, { period: '十三五' }, { category: '经济发展' }, { text: 'GDP' }, { attribute: '约束性', table: '2-1' }]

/** Every public answer, by name. The functions are called fresh each time: nothing is kept between two calls of `answers`. */
function* answers() {
  if (wanted('query')) yield* queryAnswers()
  if (wanted('render')) yield* renderAnswers()
  if (wanted('remark')) yield* remarkAnswers()
  if (wanted('parser')) {
    yield ['parsePlan', parser.parsePlan(miniPlan)]
    yield ['parsePlan diagnostics', parser.parsePlan('# 标题\n\n## 第一章 总则\n\n## 第三章 其他\n')]
  }
}

/** The query entries, ESM and CJS. */
function* queryAnswers() {
  for (const [name, m] of [['esm', lib], ['cjs', cjs]]) {
    yield [`${name} outline`, m.outline()]
    yield [`${name} text`, m.text()]
    yield [`${name} boxes`, m.boxes()]
    yield [`${name} tables`, m.tables()]
    yield [`${name} indicators`, INDICATOR_FILTERS.map((f) => m.indicators(f))]
    yield [`${name} projects`, m.projects()]
  }
  yield ['outline entry', outlineOnly.outline()]
  yield ['outline entry cjs', cjsOutline.outline()]
  yield ['sectors', lib.sectors()]
  yield ['places', lib.places()]
  const projects = lib.projects()
  yield ['project ids', projects.map((p) => [lib.getProject(p.id), lib.resolveId(p.id)])]
  yield ['projects by sector', lib.sectors().map((s) => [lib.projects({ sector: s.id }), lib.projects({ mainSector: s.id })].map((l) => l.map((p) => p.id)))]
  yield ['projects by place', lib.places().map((p) => [lib.projects({ place: p.id }), lib.projects({ tiedTo: p.id })].map((l) => l.map((x) => x.id)))]
  yield ['projects by kind, chapter, box, text', [{ kind: 'named' }, { kind: 'box-item' }, { chapter: 'chp_4' }, { box: '4-3' }, { text: '园区' }, { tiedTo: '开发区', sector: 'energy' }].map((f) => lib.projects(f).map((p) => p.id))]
  yield ['search', QUERIES.map((q) => SEARCH_OPTIONS.map((o) => lib.search(q, o)))]
  yield ['errors', [
    errorOf(() => lib.indicators({ attribute: '约束' })),
    errorOf(() => lib.indicators({ colour: 'red' })),
    errorOf(() => lib.projects({ sector: 'digitall' })),
    errorOf(() => lib.projects({ kind: 'box' })),
    errorOf(() => lib.search('x', { limit: 0 })),
    errorOf(() => lib.search('x', { types: ['nope'] })),
    errorOf(() => lib.search('x'.repeat(2000))),
    errorOf(() => lib.ancestors('chp_99'))
  ]]
  // Last, as the library hands out each node frozen when it first returns it: the nodes (each with its ancestors,
  // the root among them) and the whole tree. Every answer above was attacked before any of these was asked for.
  yield ['nodes', ids.map((id) => [lib.getNode(id), lib.ancestors(id).map((n) => n.id), lib.resolveId(id), lib.text(id)])]
  for (const [name, m] of [['esm', lib], ['cjs', cjs]]) yield [`${name} tree`, m.tree()]
}

/** `./render`, every renderer with and without options. */
function* renderAnswers() {
  yield ['render errors', [errorOf(() => render.toHtml('box_4-3', { marks: 'x' })), errorOf(() => render.toHtml('box_4-3', { include: { x: true } }))]]
  yield ['html all', render.toHtml()]
  yield ['markdown all', render.toMarkdown()]
  for (const id of RENDER_IDS) {
    yield [`render ${id}`, RENDER_OPTIONS.map((o) => [render.toHtml(id, o), render.toMdast(id, o), render.toHast(id, o)])]
    yield [`markdown ${id}`, render.toMarkdown(id)]
  }
}

/** `./remark` in a real pipeline. */
function* remarkAnswers() {
  for (const options of [undefined, { projects: true }, { include: { caption: false } }]) {
    const file = unified().use(remarkParse).use(remarkDirective).use(remarkPlan, options).use(remarkRehype).use(rehypeStringify)
      .processSync('# Page\n\n::plan{id="box_4-3"}\n\nSee :plan[chp_4__sec_3] and :plan[nowhere].\n\n::plan{id="table_1-1" notes="false"}\n')
    yield [`remark ${JSON.stringify(options)}`, [String(file), file.messages.map((m) => [m.reason, m.ruleId, m.line, m.column])]]
  }
}

function digests() {
  const out = {}
  for (const [name, value] of answers()) out[name] = createHash('sha256').update(JSON.stringify(value) ?? 'undefined').digest('hex').slice(0, 16)
  return out
}

// Poisoning that needs the library: its errors, its answers, its exported objects.
if (step === 'allowed') {
  for (const f of [() => lib.indicators({ attribute: '约束' }), () => lib.indicators({ colour: 1 }), () => lib.projects({ sector: 'x' }), () => lib.projects({ kind: 'x' }), () => lib.projects({ x: 1 }), () => lib.search('x', { x: 1 }), () => lib.search('x', { types: ['x'] }), () => render.toHtml('chp_1', { x: 1 }), () => render.toHtml('chp_1', { marks: 'x' }), () => render.toHtml('chp_1', { include: { x: true } })]) {
    try {
      f()
    } catch (e) {
      attempt(() => e.allowed.push('x', 'colour'))
      attempt(() => (e.allowed.length = 0))
      attempt(() => e.allowed.sort())
      attack(e.allowed)
    }
  }
}
if (step === 'answers') {
  // Each answer and everything it holds, attacked; then every answer asked again.
  const seen = new Set()
  for (const [, value] of answers()) attack(value, seen)
  // What the remark plugin puts into a site's tree, changed by a later plugin of that pipeline.
  for (const options of [undefined, { projects: true }]) {
    const processor = unified().use(remarkParse).use(remarkDirective).use(remarkPlan, options).use(() => (tree) => attack(tree, seen))
    processor.runSync(processor.parse('::plan{id="box_4-3"}\n\n::plan{id="table_1-1"}\n\nSee :plan[chp_4__sec_3].\n'))
  }
}
if (step === 'exports') {
  for (const m of [render, await import('@huozhou/plan/remark')]) {
    attack(m.planHandlers)
    attack(m.planToMarkdown)
  }
  attack(lib.PlanError.prototype)
}

/** What shows that the step's poison is in place when the answers are computed. */
const proof = {
  changed,
  prototype: OPTION_KEYS.filter((k) => ({})[k] !== undefined).length,
  indexes: Array.from({ length: INDEX_KEYS }, (_, k) => k).filter((k) => ({})[k] !== undefined).length,
  library: [...libraryData].sort(),
  reachable,
  sealed,
  exported
}
process.stdout.write(JSON.stringify({ proof, digests: digests() }))
