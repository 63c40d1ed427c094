/** The one walker (src/util/visit.ts) and the text built on it (src/util/text.ts): their contracts, on the real tree and on small ones. */
import type { Node, Parent } from 'unist'
import { visit as unistVisit, SKIP as UNIST_SKIP } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { tree } from '../src/index.js'
import { parseMarkdown } from '../src/parse/index.js'
import { nodeText } from '../src/util/text.js'
import { EXIT, SKIP, nodes, visit } from '../src/util/visit.js'
import { read } from './helpers.js'

interface T {
  type: string
  value?: string
  children?: T[]
}
const t = (type: string, children?: T[]): T => (children ? { type, children } : { type })
const lit = (value: string): T => ({ type: 'text', value })

/** What unist-util-visit reports for a tree: each node's type, its parent's and its index. */
function unistVisits(root: Parent, skip?: string): string[] {
  const out: string[] = []
  unistVisit(root, (node: Node, index: number | undefined, parent: Parent | undefined) => {
    out.push(`${node.type}@${parent?.type ?? '-'}:${index ?? '-'}`)
    if (node.type === skip) return UNIST_SKIP
  })
  return out
}

function ourVisits(root: T, skip?: string): string[] {
  const out: string[] = []
  visit(root, (node, parent, index) => {
    out.push(`${node.type}@${parent?.type ?? '-'}:${index ?? '-'}`)
    if (node.type === skip) return SKIP
  })
  return out
}

describe('visit()', () => {
  it('visits the plan tree in the order unist-util-visit does, each node once, with its parent and index', () => {
    const plan = tree()
    const ours: string[] = []
    visit(plan as unknown as T, (node, parent, index) => void ours.push(`${(node as unknown as { id: string }).id}<${(parent as unknown as { id: string } | undefined)?.id}:${index}`))
    const theirs: string[] = []
    unistVisit(plan as unknown as Node, (node, index, parent) => void theirs.push(`${(node as unknown as { id: string }).id}<${(parent as unknown as { id: string } | undefined)?.id}:${index}`))
    expect(ours.length).toBe(read('corpus/huozhou-14th/ids.txt').split('\n').filter(Boolean).length)
    expect(ours).toEqual(theirs)
  })

  it('walks an mdast tree as unist-util-visit does, SKIP included', () => {
    const mdast = parseMarkdown(read('test/fixtures/mini-plan.md'))
    expect(ourVisits(mdast as T)).toEqual(unistVisits(mdast))
    expect(ourVisits(mdast as T, 'list')).toEqual(unistVisits(mdast, 'list'))
    expect(ourVisits(mdast as T, 'list').length).toBeLessThan(ourVisits(mdast as T).length)
  })

  it('gives depth: 0 for the root, +1 per level', () => {
    const depths: string[] = []
    visit(t('root', [t('a', [lit('x')]), t('b')]), (node, _parent, _index, depth) => void depths.push(`${node.type}${depth}`))
    expect(depths).toEqual(['root0', 'a1', 'text2', 'b1'])
  })

  it('stops at EXIT, also from the root', () => {
    const seen: string[] = []
    visit(t('root', [t('a', [t('stop'), t('after')]), t('b')]), (node) => {
      seen.push(node.type)
      if (node.type === 'stop') return EXIT
    })
    expect(seen).toEqual(['root', 'a', 'stop'])
    const rootOnly: string[] = []
    visit(t('root', [t('a')]), (node) => (rootOnly.push(node.type), EXIT))
    expect(rootOnly).toEqual(['root'])
  })

  it('walks a tree deeper than the call stack allows a recursive walk', () => {
    let deep = t('leaf')
    for (let k = 0; k < 200_000; k++) deep = t('n', [deep])
    let count = 0
    visit(deep, () => void count++)
    expect(count).toBe(200_001)
  })

  it('nodes() lists every node in preorder, or those a test accepts', () => {
    const root = t('root', [t('a', [lit('x'), lit('y')]), t('b')])
    expect(nodes(root).map((n) => n.value ?? n.type)).toEqual(['root', 'a', 'x', 'y', 'b'])
    expect(nodes(root, (n): n is T & { value: string } => n.value !== undefined).map((n) => n.value)).toEqual(['x', 'y'])
  })
})

describe('nodeText()', () => {
  it('joins the literals of a tree with line breaks, in document order', () => {
    expect(nodeText(t('root', [t('p', [lit('a'), lit('b')]), lit('c')]))).toBe('a\nb\nc')
  })
  it('takes a literal whole and counts a node with neither value nor children as an empty line', () => {
    expect(nodeText({ type: 'x', value: 'v', children: [lit('ignored')] } as T)).toBe('v')
    expect(nodeText(t('root', [lit('a'), t('empty', []), t('void'), lit('b')]))).toBe('a\n\n\nb')
    expect(nodeText(t('root', []))).toBe('')
  })
  it("is, for every parent of the plan tree, its children's texts joined by line breaks", () => {
    const parents = nodes(tree() as unknown as T).filter((n) => n.value === undefined && n.children?.length)
    expect(parents.length).toBeGreaterThan(100)
    for (const p of parents) expect(nodeText(p)).toBe(p.children!.map(nodeText).join('\n'))
    expect(nodeText(tree())).toContain('第十三章 党建和保障措施')
  })
})
