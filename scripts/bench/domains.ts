/**
 * What each part of the package needs, in one table for the size, cold-start
 * and memory figures: the data domains (the subpath that loads one alone, its
 * first query, its data files) and every public function (the data files it
 * truly needs and the size rule it is held to). The entries' tests
 * (test/entries.test.ts) check from the source that a bundle or a Node
 * process loads no more than this; the bench measures what that costs.
 */

/** A call, as the child processes make it: `m[name](...args)` on the imported entry. */
export interface Call {
  readonly name: string
  readonly args: readonly unknown[]
}

export interface Domain {
  readonly id: string
  /** The subpath that loads this domain alone (its first query). */
  readonly entry: string
  readonly call: Call
  /** dist/data files: what a process that only wants this domain's data would parse. */
  readonly data: readonly string[]
  /** Cold-start target as a ratio to the JSON.parse-only process; `undefined`: reported only. */
  readonly target?: number
}

const TREE = ['plan.json', 'tables.json', 'redirects.json']
const PROJECTS = ['projects.json', 'sectors.json', 'gazetteer.json', 'redirects.json']

export const DOMAINS: readonly Domain[] = [
  { id: 'outline', entry: '@huozhou/plan/outline', call: { name: 'outline', args: [] }, data: ['outline.json'], target: 1.1 },
  { id: 'tree', entry: '@huozhou/plan/tree', call: { name: 'getNode', args: ['chp_4__sec_3'] }, data: TREE, target: 1.1 },
  { id: 'indicators', entry: '@huozhou/plan/indicators', call: { name: 'indicators', args: [{ attribute: '约束性' }] }, data: ['tables.json'], target: 1.1 },
  { id: 'projects', entry: '@huozhou/plan/projects', call: { name: 'projects', args: [{ tiedTo: '开发区' }] }, data: PROJECTS, target: 1.1 },
  // The search folding table is code (src/generated/t2s.ts); the first search folds the tree's text.
  { id: 'search', entry: '@huozhou/plan/tree', call: { name: 'search', args: ['开发区'] }, data: TREE, target: 1.1 },
  // The default entry loads every domain in Node (a bundler keeps only what is imported): reported against all of its data.
  { id: 'default entry', entry: '@huozhou/plan', call: { name: 'getNode', args: ['chp_4__sec_3'] }, data: ['plan.json', 'tables.json', 'redirects.json', 'outline.json', ...PROJECTS.slice(0, 3)] }
]

/** How a function's browser bundle is judged: against the gzip of the data it needs, and its code. */
export type SizeRule =
  /** ≤ factor × gz(data) + the bundle's own code (the same bundle with the data files emptied). */
  | { readonly kind: 'data'; readonly factor: number }
  /** ≤ factor × gz(data) + a fixed allowance for code. */
  | { readonly kind: 'allowance'; readonly factor: number; readonly bytes: number }
  /** ≤ bytes, gzipped. */
  | { readonly kind: 'absolute'; readonly bytes: number }
  | { readonly kind: 'reported' }

export interface FunctionBundle {
  /** The entry and the named export a page imports (`*`: the whole entry). */
  readonly entry: string
  readonly name: string
  /** dist/data files the function truly needs. */
  readonly data: readonly string[]
  readonly rule: SizeRule
}

const PLAN_RULE: SizeRule = { kind: 'data', factor: 1.15 }
const SMALL_RULE: SizeRule = { kind: 'allowance', factor: 1.3, bytes: 6000 }
const fn = (entry: string, name: string, data: readonly string[], rule: SizeRule): FunctionBundle => ({ entry, name, data, rule })
const ROOT = '@huozhou/plan'

export const FUNCTIONS: readonly FunctionBundle[] = [
  fn(ROOT, 'outline', ['outline.json'], { kind: 'absolute', bytes: 6000 }),
  fn('@huozhou/plan/outline', 'outline', ['outline.json'], { kind: 'absolute', bytes: 6000 }),
  ...['getNode', 'ancestors', 'boxes', 'text', 'tree', 'search'].map((name) => fn(ROOT, name, TREE, PLAN_RULE)),
  // A project ID resolves through the projects, a node ID through the tree.
  fn(ROOT, 'resolveId', [...TREE, 'projects.json'], PLAN_RULE),
  fn(ROOT, 'getBox', TREE, PLAN_RULE),
  fn(ROOT, 'indicators', ['tables.json'], SMALL_RULE),
  fn(ROOT, 'tables', ['tables.json'], SMALL_RULE),
  fn(ROOT, 'getTable', ['tables.json'], SMALL_RULE),
  // The node type guards read no data.
  fn(ROOT, 'is', [], { kind: 'reported' }),
  fn(ROOT, 'isIndicator', [], { kind: 'reported' }),
  fn(ROOT, 'projects', PROJECTS, SMALL_RULE),
  fn(ROOT, 'getProject', ['projects.json', 'redirects.json'], SMALL_RULE),
  fn(ROOT, 'sectors', ['sectors.json'], SMALL_RULE),
  fn(ROOT, 'places', ['gazetteer.json'], SMALL_RULE),
  fn(ROOT, 'PlanError', [], { kind: 'reported' }),
  fn(ROOT, 'makeId', [], { kind: 'reported' }),
  // The renderers: `projects: true` marks where the text names each project (mentions.json); toMarkdown never does.
  ...['toMdast', 'toHast', 'toHtml'].map((name) => fn('@huozhou/plan/render', name, [...TREE, 'mentions.json'], PLAN_RULE)),
  fn('@huozhou/plan/render', 'toMarkdown', TREE, PLAN_RULE),
  fn('@huozhou/plan/remark', 'remarkPlan', [...TREE, 'mentions.json'], PLAN_RULE),
  // Whole entries, for reference.
  fn(ROOT, '*', [...TREE, 'outline.json', 'projects.json', 'sectors.json', 'gazetteer.json'], { kind: 'reported' }),
  fn('@huozhou/plan/render', '*', [...TREE, 'mentions.json'], { kind: 'reported' }),
  fn('@huozhou/plan/remark', '*', [...TREE, 'mentions.json'], { kind: 'reported' })
]
