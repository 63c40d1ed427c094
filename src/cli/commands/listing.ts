/**
 * `huozhou-plan sectors` and `huozhou-plan places` (`[--json] [-o <file>]`):
 * the fixed vocabularies projects are filtered by: the IDs and names that
 * `projects --sector`, `--place` and `--tied-to` accept.
 *
 * Output: a table, one row per sector (id, zh, en, GB/T 4754 codes) or per
 * place of the gazetteer (id, name, kind, aliases); --json: the library's
 * `sectors()` or `places()`.
 */
import { places, sectors } from '../../index.js'
import type { Command } from '../command.js'
import { json } from '../formats.js'
import { JSON_ONLY } from '../options.js'
import { EXIT } from '../output.js'
import { table } from '../table.js'

/** A command that lists a fixed vocabulary: a table, or --json. */
function listing<T>(summary: string, name: string, rows: () => readonly T[], header: string[], row: (item: T) => string[]): Command {
  return {
    summary,
    usage: `huozhou-plan ${name} [--json] [-o <file>]`,
    options: JSON_ONLY,
    positionals: [0, 0],
    run(v, _p, io) {
      io.out(v.json ? json(rows()) : table(header, rows().map(row)))
      return EXIT.ok
    }
  }
}

export const sectorsCommand = listing('the sector vocabulary (ids, labels, GB/T 4754 codes)', 'sectors', sectors, ['id', 'zh', 'en', 'GB/T 4754'], (s) => [s.id, s.zh, s.en, s.gbt4754.join(',')])

export const placesCommand = listing('the gazetteer: places with their kinds and aliases', 'places', places, ['id', 'name', 'kind', 'aliases'], (p) => [p.id, p.name, p.kind, p.aliases.join(',')])
