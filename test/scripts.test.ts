/** The scripts: a broken corpus stops them with one `file:line:col error rule message` line, never a stack trace; `build --check` catches stale and stray generated files; the generated data keeps a one-word fix to one line. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CorpusFileError, readText } from '../scripts/lib/files.js'
import { readJsonFile } from '../scripts/lib/json.js'
import { LISTS, PROJECTS, TREE, reviewJson } from '../scripts/build/stable-json.js'
import { outline, projects, tree } from '../src/index.js'
import { corpusDir, root } from './helpers.js'

function brokenCorpus(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-corpus-'))
  fs.cpSync(corpusDir, dir, { recursive: true })
  edit(dir)
  return dir
}

function runScript(script: string, dir: string): { code: number; stderr: string } {
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts', script), dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
    return { code: 0, stderr: '' }
  } catch (error) {
    const e = error as { status: number; stderr: string }
    return { code: e.status, stderr: e.stderr }
  }
}

describe('scripts on a broken corpus', () => {
  it('readJson names the file, line and column of a syntax error', () => {
    const dir = brokenCorpus((d) => fs.writeFileSync(path.join(d, 'redirects.json'), '{\n  "redirects": {,}\n}\n'))
    let error: unknown
    try {
      readJsonFile(path.join(dir, 'redirects.json'))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CorpusFileError)
    expect((error as CorpusFileError).diagnostic).toMatchObject({ rule: 'json-syntax', line: 2, column: 17 })
    expect(() => readText(path.join(dir, 'nope.md'))).toThrow(/nope\.md:1:1 error file-unreadable/)
  })

  it('readJsonFile rejects a duplicate key and a __proto__ key at their place', () => {
    const at = (text: string) => {
      const dir = brokenCorpus((d) => fs.writeFileSync(path.join(d, 'redirects.json'), text))
      try {
        readJsonFile(path.join(dir, 'redirects.json'))
      } catch (e) {
        return (e as CorpusFileError).diagnostic
      }
      return undefined
    }
    expect(at('{\n  "redirects": {\n    "a": {},\n    "a": {}\n  }\n}\n')).toMatchObject({ rule: 'json-key', line: 4, column: 5 })
    expect(at('{\n  "redirects": {\n    "__proto__": {}\n  }\n}\n')).toMatchObject({ rule: 'json-key', line: 3, column: 5 })
    expect(at('{"redirects": {}}')).toBeUndefined()
  })

  it('a schema violation in a knowledge file is reported at the offending key', () => {
    const r = runScript('build.ts', brokenCorpus((d) => {
      const file = path.join(d, 'gazetteer.json')
      const lines = fs.readFileSync(file, 'utf8').split('\n')
      const k = lines.findIndex((l) => /"aliases": \[$/.test(l))
      lines.splice(k + 1, 0, '        "",')
      fs.writeFileSync(file, lines.join('\n'))
    }))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/gazetteer\.json:\d+:9 error corpus-schema places\.\d+\.aliases\.0: /)
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  }, 30_000)

  it('a key removed from extract.json stops the build with one located line, not a rule silently off', () => {
    const r = runScript('build.ts', brokenCorpus((d) => {
      const file = path.join(d, 'extract.json')
      const { usedRoles: _removed, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
      fs.writeFileSync(file, JSON.stringify(rest, null, 2) + '\n')
    }))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/extract\.json:1:1 error corpus-schema usedRoles: /)
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  }, 30_000)

  it('a word listed twice in extract.json is reported at its second place', () => {
    const r = runScript('build.ts', brokenCorpus((d) => {
      const file = path.join(d, 'extract.json')
      const lines = fs.readFileSync(file, 'utf8').split('\n')
      const at = lines.findIndex((l) => /"projectHeads": \[$/.test(l))
      lines.splice(at + 1, 0, '    "工程",')
      fs.writeFileSync(file, lines.join('\n'))
    }))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/extract\.json:\d+:5 error corpus-schema projectHeads\.2: "工程" is listed twice/)
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1)
  }, 30_000)

  it.each([
    ['build.ts', 'a missing plan.md', (d: string) => fs.rmSync(path.join(d, 'plan.md')), /plan\.md:1:1 error file-unreadable/],
    ['build.ts', 'a broken gazetteer', (d: string) => fs.writeFileSync(path.join(d, 'gazetteer.json'), '{"places": ['), /gazetteer\.json:1:\d+ error json-syntax/],
    ['import.ts', 'broken errata', (d: string) => fs.writeFileSync(path.join(d, 'errata.json'), 'not json'), /errata\.json:1:1 error json-syntax/],
    ['build.ts', 'a renamed chapter heading', (d: string) => fs.writeFileSync(path.join(d, 'plan.md'), fs.readFileSync(path.join(d, 'plan.md'), 'utf8').replace('## 第十三章 党建和保障措施', '## 第十三章 党建')), /plan\.md:\d+:1 error toc-mismatch/]
  ])('%s with %s: exit 1, file:line:col, no stack', (script, _what, edit, message) => {
    const r = runScript(script, brokenCorpus(edit))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at |node:internal/)
  }, 30_000)
})

describe('build --check', () => {
  it('fails on a committed module that is not what the build makes and on a file the build does not make, and writes nothing', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'generated-'))
    const generated = path.join(cwd, 'src/generated')
    fs.cpSync(path.join(root, 'src/generated'), generated, { recursive: true })
    const check = () => {
      try {
        execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/build.ts'), corpusDir, '--check'], { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
        return { code: 0, stderr: '' }
      } catch (error) {
        const e = error as { status: number; stderr: string }
        return { code: e.status, stderr: e.stderr }
      }
    }
    expect(check()).toEqual({ code: 0, stderr: '' })
    const plan = path.join(generated, 'plan.json')
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('"value":"霍州市人民政府文件"', '"value":"霍州市人民政府"'))
    fs.writeFileSync(path.join(generated, 'indicators.csv'), 'id\n')
    const r = check()
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/src[\\/]generated[\\/]plan\.json:1:1 error build-stale/)
    expect(r.stderr).toMatch(/src[\\/]generated[\\/]indicators\.csv:1:1 error build-stray/)
    expect(fs.existsSync(path.join(cwd, 'dist'))).toBe(false)
    expect(fs.readFileSync(plan, 'utf8')).toContain('"value":"霍州市人民政府"')
  }, 60_000)
})

describe('generated data laid out for review', () => {
  /** The lines of `b` that are not at their place in `a` (same line count), after a change that moves no line. */
  const changedLines = (a: string, b: string) => {
    const [x, y] = [a.split('\n'), b.split('\n')]
    expect(y.length).toBe(x.length)
    return y.filter((line, k) => line !== x[k])
  }
  it('a word changed in a paragraph is a one-line diff of plan.json', () => {
    const edited = structuredClone(tree()) as unknown as { children: Array<{ children: Array<{ value: string }> }> }
    edited.children[0]!.children[0]!.value = '霍州市人民政府公文'
    expect(changedLines(reviewJson(tree(), TREE), reviewJson(edited, TREE))).toEqual([expect.stringContaining('"value":"霍州市人民政府公文"')])
  })
  it("a project's sector or tie changed is a one-line diff of projects.json, a section title one line of outline.json", () => {
    const edited = structuredClone(projects()) as unknown as Array<{ sectors: string[]; ties: Array<{ relation: string }> }>
    const k = edited.findIndex((p) => p.sectors.length === 1 && p.sectors[0] !== 'energy' && p.ties.length > 0)
    edited[k]!.sectors[0] = 'energy'
    expect(changedLines(reviewJson(projects(), PROJECTS), reviewJson(edited, PROJECTS))).toEqual(['      "energy"'])
    edited[k]!.ties[0]!.relation = 'partner'
    expect(changedLines(reviewJson(projects(), PROJECTS), reviewJson(edited, PROJECTS))).toHaveLength(2)
    const o = structuredClone(outline()) as unknown as { chapters: Array<{ sections: Array<{ title: string }> }> }
    o.chapters[3]!.sections[2]!.title = '新标题'
    expect(changedLines(reviewJson(outline(), LISTS), reviewJson(o, LISTS))).toEqual([expect.stringContaining('"title":"新标题"')])
  })
})
