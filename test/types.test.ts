/**
 * The public types, compiled as a consumer compiles them (`tsc --strict`,
 * against the sources): test/fixtures/types/consumer.ts holds what must
 * compile and, marked `@ts-expect-error TS<code>`, what must not. A
 * directive that finds no error fails the compile (TS2578); and with the
 * directives taken out, each marked line must fail with the error its
 * directive names, so that none passes by failing for another reason.
 */
import { describe, expect, it } from 'vitest'
import { read } from './helpers.js'
import { typecheck, type Problem } from './typecheck.js'

const consumer = read('test/fixtures/types/consumer.ts')
const show = (p: Problem) => `${p.name}:${p.line} TS${p.code} ${p.message.split('\n')[0]}`

/** The marked lines: the line after each directive, with the error code the directive names. */
const expected = consumer.split('\n').flatMap((line, k) => {
  const m = /^[ \t]*\/\/ @ts-expect-error TS(\d+) /.exec(line)
  return m ? [{ line: k + 2, code: Number(m[1]) }] : []
})

describe('the public types', () => {
  const problems = typecheck([
    { name: 'consumer.ts', text: consumer },
    // The same lines with the directives taken out (each replaced by an empty line, so the line numbers stay).
    { name: 'unmarked.ts', text: consumer.replace(/^[ \t]*\/\/ @ts-expect-error .*$/gm, '') }
  ])

  it('marks something to reject', () => expect(expected.length).toBeGreaterThan(20))

  it('compile a consumer under --strict: every right call compiles, every marked one is an error', () => {
    expect(problems.filter((p) => p.name === 'consumer.ts').map(show)).toEqual([])
  })

  it('reject each marked line for the reason its directive names, and nothing else', () => {
    const found = problems.filter((p) => p.name === 'unmarked.ts')
    expect(found.map((p) => ({ line: p.line, code: p.code }))).toEqual(expected)
  })
})
