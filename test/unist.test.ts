/** The plan tree is a unist tree: the syntax-tree utilities work on it with no code of ours. */
import { select, selectAll } from 'unist-util-select'
import { visit } from 'unist-util-visit'
import type { Node } from 'unist'
import { describe, expect, it } from 'vitest'
import { tree } from '../src/index.js'
import { read } from './helpers.js'

const plan = tree() as unknown as Node
const manifest = read('corpus/huozhou-14th/ids.txt').split('\n').filter(Boolean)

describe('unist utilities on tree()', () => {
  it('unist-util-visit visits every node once: as many visits as IDs', () => {
    const seen: string[] = []
    visit(plan, (node) => {
      seen.push((node as Node & { id: string }).id)
    })
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBe(manifest.length)
    expect(new Set(seen)).toEqual(new Set(manifest))
  })

  it('unist-util-select matches top-level facets: 28 binding (约束性) rows, all indicators', () => {
    const binding = selectAll('[attribute=约束性]', plan)
    expect(binding).toHaveLength(28)
    expect(binding.every((n) => n.type === 'indicator')).toBe(true)
    expect(selectAll('indicator[attribute=约束性]', plan)).toEqual(binding)
  })

  it('selects nodes by type and by ID', () => {
    expect(selectAll('box', plan)).toHaveLength(18)
    expect(selectAll('chapter', plan)).toHaveLength(13)
    expect(selectAll('chapter > section', plan)).toHaveLength(54)
    const section = select('[id=chp_4__sec_3]', plan)
    expect(section).toMatchObject({ type: 'section', id: 'chp_4__sec_3', title: '推动开发区建设，实现弯道超车' })
    expect(selectAll('[id=chp_4__sec_3] box', plan).map((n) => (n as Node & { id: string }).id)).toEqual(['box_4-3'])
  })

  it('survives JSON.parse(JSON.stringify(tree)) unchanged', () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan)
  })
})
