/**
 * What each entry point loads. The query entries ('.', './outline') read
 * prebuilt data and need no validator or Markdown parser: a module that
 * pulls zod or unified into them (a runtime helper placed next to a schema,
 * say) would double the browser bundle and slow every cold start, so the
 * import graph is checked here, not only measured by the benchmark.
 */
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent', loader: { '.json': 'json' } })
  return Object.keys(result.metafile.inputs)
}

describe.each([['src/index.ts'], ['src/outline.ts']])('%s', (entry) => {
  it('bundles without zod, unified, remark or any mdast/hast utility', async () => {
    const heavy = (await inputsOf(entry)).filter((p) => /node_modules\/(zod|unified|remark-|mdast-|hast-)/.test(p))
    expect(heavy).toEqual([])
  })
})

describe('src/parser.ts', () => {
  it('does load the parser and the validator (the check above can fail)', async () => {
    const inputs = await inputsOf('src/parser.ts')
    expect(inputs.some((p) => p.includes('node_modules/zod'))).toBe(true)
    expect(inputs.some((p) => p.includes('node_modules/remark-parse'))).toBe(true)
  })
})
