/**
 * One fixture per extraction rule, the way mdast-util-from-markdown keeps its
 * fixtures: test/fixtures/extract/<rule>.md is a tiny plan (a title, a
 * chapter, a section, the sentence that needs the rule, and a 专栏 or a second
 * sentence where the rule needs one) and <rule>.json the projects the
 * extractor must find in it, in document order, with the facts that prove the
 * rule (`proves` says which). A project's fields not written in the JSON are
 * not compared; its lists are compared whole. The knowledge is the corpus's
 * own (extract.json, sectors.json, gazetteer.json): the fixtures test what
 * ships.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readKnowledge } from '../scripts/build/projects.js'
import { extractProjects } from '../src/extract/index.js'
import { parsePlan } from '../src/parse/index.js'
import { corpusDir, root } from './helpers.js'

interface Fixture {
  proves: string
  projects: Array<Record<string, unknown>>
  /** The extractor's diagnostics; when left out, only that there is no error. */
  diagnostics?: Array<Record<string, unknown>>
}

const dir = path.join(root, 'test/fixtures/extract')
const knowledge = readKnowledge(corpusDir)
const names = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort()

/** A fixture is a fragment of a plan: it has no 目录 and no notice, and the parser says so; anything else is a broken fixture. */
const FRAGMENT = new Set(['toc-missing', 'title-missing'])

describe('extraction rules, one fixture each', () => {
  it('has a fixture for every rule, each with its expected projects', () => {
    expect(names.length).toBeGreaterThanOrEqual(30)
    for (const name of names) expect(fs.existsSync(path.join(dir, `${name}.json`)), `${name}.json`).toBe(true)
  })

  for (const name of names) {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Fixture
    it(`${name}: ${expected.proves}`, () => {
      const file = `${name}.md`
      const parsed = parsePlan(fs.readFileSync(path.join(dir, file), 'utf8'), { file })
      expect(parsed.diagnostics.filter((d) => !FRAGMENT.has(d.rule))).toEqual([])
      const { projects, diagnostics } = extractProjects(parsed.tree, knowledge, { file })
      expect(projects).toMatchObject(expected.projects)
      if (expected.diagnostics) expect(diagnostics).toMatchObject(expected.diagnostics)
      else expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    })
  }
})
