/** The scripts: a broken corpus stops them with one `file:line:col error rule message` line, never a stack trace; `build --check` catches stale and stray generated files; the generated data keeps a one-word fix to one line. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CorpusFileError, readText } from '../scripts/lib/files.js'
import { readJsonFile } from '../scripts/lib/json.js'
import { LISTS, PROJECTS, TREE, reviewJson } from '../scripts/build/stable-json.js'
import { buildPlaceIndex } from '../src/extract/places.js'
import { outline, projects, tree } from '../src/index.js'
import { readKnowledge } from '../scripts/build/projects.js'
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

/** A line of a script's stderr: `file:line:col severity rule message`. */
const LOCATED = /^(.+):(\d+):(\d+) (error|warning) ([a-z]+(?:-[a-z]+)*) (.+)$/

/**
 * The problems a failed run printed, one located line each; the only other
 * line allowed is the build's closing count. No stack trace.
 */
function problems(r: { code: number; stderr: string }) {
  expect(r.code).toBe(1)
  const lines = r.stderr.split('\n').filter(Boolean)
  const located = lines.filter((l) => LOCATED.test(l))
  expect(lines.filter((l) => !LOCATED.test(l) && !/^build failed: \d+ error\(s\)$/.test(l)), r.stderr).toEqual([])
  return located.map((l) => {
    const [, file, line, column, , rule, message] = LOCATED.exec(l)!
    return { file: path.basename(file!), line: Number(line), column: Number(column), rule: rule!, message: message! }
  })
}

/** 1-based line and column of the first `needle` in `text`. */
function placeOf(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle))
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') }
}

/** Rewrite a corpus JSON file through `edit`, laid out as the corpus lays it out. */
function editJson(dir: string, name: string, edit: (value: Record<string, any>) => void): string {
  const file = path.join(dir, name)
  const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, any>
  edit(value)
  const text = JSON.stringify(value, null, 2) + '\n'
  fs.writeFileSync(file, text)
  return text
}

describe('a corrupt corpus stops the scripts with one located line per problem, in seconds', () => {
  it('source.txt with a byte order mark, CRLF line ends and NUL bytes: three lines, not 200 misplaced errata', () => {
    let nul = 0
    const r = runScript('import.ts', brokenCorpus((d) => {
      const file = path.join(d, 'source.txt')
      const text = fs.readFileSync(file, 'utf8').split('\n')
      nul = text.findIndex((l) => l.length > 3)
      text[nul] = text[nul]!.slice(0, 3) + '\u0000' + text[nul]!.slice(3)
      fs.writeFileSync(file, '\ufeff' + text.join('\r\n'))
    }))
    expect(problems(r)).toEqual([
      { file: 'source.txt', line: 1, column: 1, rule: 'byte-order-mark', message: expect.any(String) },
      { file: 'source.txt', line: 1, column: expect.any(Number), rule: 'line-endings', message: expect.stringMatching(/^\d+ line\(s\) end with CRLF/) },
      { file: 'source.txt', line: nul + 1, column: 4, rule: 'control-character', message: expect.stringContaining('U+0000') }
    ])
  }, 30_000)

  it.each([
    ['a NUL byte', (t: string) => t.replace('## 第一章', '## 第\u0000一章'), 'control-character'],
    ['CR line ends', (t: string) => t.replace(/\n/g, '\r'), 'line-endings'],
    ['a byte order mark', (t: string) => '\ufeff' + t, 'byte-order-mark']
  ])('plan.md with %s: one line, nothing built', (_what, edit, rule) => {
    const r = runScript('build.ts', brokenCorpus((d) => fs.writeFileSync(path.join(d, 'plan.md'), edit(fs.readFileSync(path.join(d, 'plan.md'), 'utf8')))))
    expect(problems(r)).toEqual([expect.objectContaining({ file: 'plan.md', rule })])
  }, 30_000)

  it('plan.md with a byte that is not UTF-8: one line at its place, not U+FFFD shipped', () => {
    const r = runScript('build.ts', brokenCorpus((d) => {
      const file = path.join(d, 'plan.md')
      const bytes = fs.readFileSync(file)
      const at = bytes.indexOf(Buffer.from('\n## 第一章'))
      fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, at + 1), Buffer.from([0xe7, 0x28]), bytes.subarray(at + 1)]))
    }))
    const text = fs.readFileSync(path.join(corpusDir, 'plan.md'), 'utf8')
    expect(problems(r)).toEqual([{ file: 'plan.md', line: placeOf(text, '## 第一章').line, column: 1, rule: 'encoding', message: expect.stringContaining('0xe7') }])
  }, 30_000)

  it('ids.txt with CRLF line ends: one line, not every published ID gone', () => {
    const r = runScript('build.ts', brokenCorpus((d) => fs.writeFileSync(path.join(d, 'ids.txt'), fs.readFileSync(path.join(d, 'ids.txt'), 'utf8').replace(/\n/g, '\r\n'))))
    expect(problems(r)).toEqual([{ file: 'ids.txt', line: 1, column: expect.any(Number), rule: 'line-endings', message: expect.any(String) }])
  }, 30_000)

  it('empty strings in the gazetteer (an exclude, an alias, evidence): one line each at its key, no endless match', () => {
    let text = ''
    const r = runScript('build.ts', brokenCorpus((d) => {
      text = editJson(d, 'gazetteer.json', (g) => {
        g.places[0].exclude = ['']
        g.places[1].aliases.push('')
        g.facilities[0].evidence = ''
      })
    }))
    const found = problems(r)
    expect(found.map((p) => [p.rule, p.message.split(':')[0]])).toEqual([
      ['corpus-schema', 'places.0.exclude.0'],
      ['corpus-schema', `places.1.aliases.${JSON.parse(text).places[1].aliases.length - 1}`],
      ['corpus-schema', 'facilities.0.evidence']
    ])
    expect(found[0]).toMatchObject({ file: 'gazetteer.json', line: placeOf(text, '"exclude"').line + 1 })
    expect(found[2]).toMatchObject({ line: placeOf(text.slice(text.indexOf('"facilities"')), '"evidence": ""').line + placeOf(text, '"facilities"').line - 1 })
  }, 30_000)

  it('an empty exclude that got past the schema matches nothing, instead of matching forever', () => {
    const { gazetteer } = readKnowledge(corpusDir)
    const place = gazetteer.places.find((p) => p.name === '开发区')!
    // No texts: the matcher is what is tested, not where the gazetteer's evidence stands.
    const index = buildPlaceIndex({ ...gazetteer, places: [{ ...place, exclude: [''] }] }, [])
    expect(index.matcher.all('推动开发区建设').map((m) => m.word)).toEqual(['开发区'])
  })

  it('redirects.json with a key twice or a __proto__ key: one line at the key, not a silent last-wins or drop', () => {
    for (const key of ['"chp_99"', '"__proto__"']) {
      const r = runScript('build.ts', brokenCorpus((d) => fs.writeFileSync(path.join(d, 'redirects.json'), `{\n  "redirects": {\n    "chp_99": { "moved": "chp_1", "why": "x" },\n    ${key}: { "moved": "chp_1", "why": "x" }\n  }\n}\n`)))
      expect(problems(r)).toEqual([{ file: 'redirects.json', line: 4, column: 5, rule: 'json-key', message: expect.any(String) }])
    }
  }, 60_000)

  it('a redirect that shadows a current ID and one whose target is missing: each at its entry, not at 1:1', () => {
    let text = ''
    const r = runScript('build.ts', brokenCorpus((d) => {
      text = editJson(d, 'redirects.json', (f) => {
        f.redirects = { ...f.redirects, chp_1: { moved: 'chp_2', why: 'x' }, chp_99: { split: ['chp_1', 'chp_98'], why: 'y' } }
      })
    }))
    expect(problems(r)).toEqual([
      { file: 'redirects.json', ...placeOf(text, '"chp_1": {'), rule: 'redirect-shadowed', message: expect.any(String) },
      { file: 'redirects.json', ...placeOf(text, '"chp_98"'), rule: 'redirect-target-missing', message: expect.stringContaining('chp_99 -> chp_98') }
    ])
  }, 30_000)

  it('empty strings in redirects, errata and structure: one line each', () => {
    const redirects = problems(runScript('build.ts', brokenCorpus((d) => editJson(d, 'redirects.json', (f) => (f.redirects = { ...f.redirects, '': { moved: 'chp_1', why: 'x' }, chp_99: { moved: '', why: 'y' } })))))
    expect(redirects.map((p) => p.rule)).toEqual(['corpus-schema', 'corpus-schema'])
    const imported = problems(runScript('import.ts', brokenCorpus((d) => {
      editJson(d, 'errata.json', (e) => (e.source = ''))
      editJson(d, 'structure.json', (s) => (s.measureOverrides = [{ startsWith: '加快', measure: true, why: '' }]))
    })))
    expect(imported.map((p) => [p.file, p.message.split(':')[0]])).toEqual([
      ['errata.json', 'source'],
      ['structure.json', 'measureOverrides.0.why']
    ])
  }, 60_000)
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
