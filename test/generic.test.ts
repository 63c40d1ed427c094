/**
 * src/ is a parser and query engine for plans of the genre: it names no
 * place, title or box of this plan. Huozhou facts live in corpus/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { boxes, outline, places } from '../src/index.js'
import { root } from './helpers.js'

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(p)
    return /\.ts$/.test(e.name) ? [p] : []
  })
}

describe('src/ is generic', () => {
  const files = sources(path.join(root, 'src')).map((f) => ({ f: path.relative(root, f), text: fs.readFileSync(f, 'utf8') }))
  const o = outline()
  const facts = [
    ...places().flatMap((p) => [p.name, ...p.aliases]).filter((n) => n.length >= 2),
    ...o.chapters.flatMap((c) => [c.title, ...c.sections.map((s) => s.title)]),
    ...boxes().map((b) => b.title),
    o.title,
    '霍州'
  ]
  it('reads every source file', () => expect(files.length).toBeGreaterThan(20))
  it('names no place, chapter, section or box title of the plan', () => {
    const found = files.flatMap(({ f, text }) => facts.filter((w) => text.includes(w)).map((w) => `${f}: ${w}`))
    expect(found).toEqual([])
  })
})
