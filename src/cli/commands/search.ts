/**
 * `huozhou-plan search <text> [--limit N] [--json] [-o <file>]`: literal
 * full-text search of the plan (the library's `search`; traditional
 * characters find simplified text). Several positionals are one query,
 * joined by spaces.
 *
 * --limit: at most N hits, N a positive whole number written in digits
 * (args.ts rejects `0`, `-1`, `1e3`, `0x10` …).
 * Output: a table of hits (id, snippet) and their count; --json: the hits.
 */
import { search } from '../../index.js'
import { positiveInteger } from '../args.js'
import type { Command } from '../command.js'
import { json } from '../formats.js'
import { flag, options } from '../options.js'
import { EXIT } from '../output.js'
import { table } from '../table.js'

export const searchCommand: Command = {
  summary: 'literal full-text search (traditional characters find simplified text)',
  usage: 'huozhou-plan search <text> [--limit N] [--json]',
  options: options({ limit: { type: 'string', integer: true, hint: 'a positive whole number written in digits (1, 5, 20 …)' }, json: flag }),
  positionals: [1, Infinity],
  positional: '<text>',
  argumentNames: new Map([['query', '<text>'], ['options.limit', '--limit']]),
  run(v, p, io) {
    const limit = typeof v.limit === 'string' ? positiveInteger(v.limit, '--limit') : undefined
    const hits = search(p.join(' '), limit === undefined ? undefined : { limit })
    if (v.json) io.out(json(hits))
    else io.out(table(['id', 'snippet'], hits.map((h) => [h.id, h.snippet])) + `${hits.length} hit(s)\n`)
    return EXIT.ok
  }
}
