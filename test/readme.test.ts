/**
 * Every JavaScript example in the README type-checks under `--strict` (as a
 * TypeScript module, and as JavaScript with `checkJs`: a user's editor with
 * `// @ts-check`), and runs against the source, printing what its `// =>`
 * comments say.
 */
import { describe, expect, it } from 'vitest'
import { inspect } from 'node:util'
import { read } from './helpers.js'
import { CONSUMER, typecheck } from './typecheck.js'
import * as main from '../src/index.js'
import * as outline from '../src/outline.js'
import * as tree from '../src/tree.js'
import * as indicators from '../src/indicators.js'
import * as projects from '../src/projects.js'
import * as parser from '../src/parser.js'
import * as render from '../src/render.js'
import * as remark from '../src/remark.js'
import * as unified from 'unified'
import * as remarkParse from 'remark-parse'
import * as remarkDirective from 'remark-directive'
import * as remarkRehype from 'remark-rehype'
import * as rehypeStringify from 'rehype-stringify'

const readme = read('README.md')
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!)

const modules: Record<string, unknown> = {
  '@huozhou/plan': main,
  '@huozhou/plan/outline': outline,
  '@huozhou/plan/tree': tree,
  '@huozhou/plan/indicators': indicators,
  '@huozhou/plan/projects': projects,
  '@huozhou/plan/parser': parser,
  '@huozhou/plan/render': render,
  '@huozhou/plan/remark': remark,
  // What the documentation-site examples build their pipelines with.
  unified,
  'remark-parse': remarkParse,
  'remark-directive': remarkDirective,
  'remark-rehype': remarkRehype,
  'rehype-stringify': rehypeStringify
}

const known = (spec: string) => {
  if (!(spec in modules)) throw new Error(`README imports ${spec}, which is not an entry`)
  return `modules[${JSON.stringify(spec)}]`
}

/** Turn `import { a, b as c } from 'x'` into `const { a, b: c } = modules['x']`, and `import d from 'x'` into `const d = modules['x'].default`. */
function rewrite(code: string): string {
  return code
    .replace(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g, (_m, names: string, spec: string) => `const {${names.replace(/\s+as\s+/g, ': ')}} = ${known(spec)}`)
    .replace(/import\s+([\w$]+)\s+from\s*'([^']+)'/g, (_m, name: string, spec: string) => `const ${name} = ${known(spec)}.default`)
}

describe('README examples', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThan(0))
  it('type-check under --strict, as TypeScript and as checked JavaScript', () => {
    const sources = blocks.flatMap((text, k) => [
      { name: `readme-${k + 1}.mts`, text },
      { name: `readme-${k + 1}.mjs`, text }
    ])
    const problems = typecheck(sources, { ...CONSUMER, allowJs: true, checkJs: true })
    expect(problems.map((p) => `${p.name}:${p.line} TS${p.code} ${p.message}`)).toEqual([])
    // Not vacuous: a block that misuses the API is reported.
    expect(typecheck([{ name: 'wrong.mjs', text: "import { getBox } from '@huozhou/plan'\ngetBox('4-9')\n" }], { ...CONSUMER, allowJs: true, checkJs: true }).map((p) => p.code)).toEqual([2345])
  })
  it.each(blocks.map((b, k) => [k + 1, b]))('example %i prints what it says', async (_k, code) => {
    const printed: string[] = []
    const log = (...args: unknown[]) => printed.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 4, breakLength: Infinity }))).join(' '))
    const expected = [...String(code).matchAll(/\/\/ => (.*)/g)].map((m) => m[1]!)
    const fn = new Function('console', 'modules', `return (async () => {\n${rewrite(String(code))}\n})()`)
    await fn({ log }, modules)
    expect(printed).toEqual(expected)
  })
})
