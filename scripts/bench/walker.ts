/**
 * 3. The walker: src/util/visit.ts, the one tree walk of the build, the
 * runtime, the scripts and the tests, on the plan tree, against
 * unist-util-visit (the package it would otherwise be: keeping our own needs
 * this number) and against a plain recursive walk (the floor; the walker
 * keeps an explicit stack instead, so that hostile Markdown nested deep
 * enough cannot overflow the call stack). Each side visits every node and
 * counts them; the counts must agree or the bench fails.
 */
import { visit as unistVisit } from 'unist-util-visit'
import type { Node as UnistNode } from 'unist'
import { visit } from '../../src/util/visit.js'
import { pair } from './harness.js'
import { mode } from './mode.js'
import type { Row } from './result.js'

interface Node {
  type: string
  children?: readonly Node[]
}

/** The baseline only: the recursive walk the project does not use anywhere else. */
function recursive(node: Node, fn: (node: Node) => void): void {
  fn(node)
  if (node.children) for (const child of node.children) recursive(child, fn)
}

export function benchWalker(tree: Node): Row[] {
  const ours = () => {
    let n = 0
    visit(tree, () => void n++)
    return n
  }
  const unist = () => {
    let n = 0
    unistVisit(tree as UnistNode, () => void n++)
    return n
  }
  const plain = () => {
    let n = 0
    recursive(tree, () => void n++)
    return n
  }
  const counts = [ours(), unist(), plain()]
  if (new Set(counts).size !== 1) throw new Error(`walker: the walks disagree on the number of nodes: visit ${counts[0]}, unist-util-visit ${counts[1]}, recursive ${counts[2]}`)
  const rows: Row[] = []
  for (const [id, label, baseline, target, holds] of [
    ['walker:unist-util-visit', 'unist-util-visit', unist, '< 1× (else use the package)', (r: number) => r < 1],
    ['walker:recursive', 'a plain recursive walk', plain, '≤ 1.5×', (r: number) => r <= 1.5]
  ] as const) {
    const r = pair(ours, baseline, mode.fast)
    const ratio = r.subject.median / r.baseline.median
    rows.push({
      id,
      figure: `3 walker: visit() vs ${label}`,
      unit: 'ms',
      subject: { label: `src/util/visit.ts over tree() (${counts[0]} nodes)`, stats: r.subject },
      baseline: { label: `${label} over the same tree`, stats: r.baseline },
      ratio,
      target,
      holds: holds(ratio),
      measured: true,
      notes: []
    })
  }
  return rows
}
