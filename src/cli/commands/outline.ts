/**
 * `huozhou-plan outline [--json] [-o <file>]`: the plan's outline, the
 * chapters and their sections.
 *
 * Output: the title, then one line per chapter (`<label> <title>  [<id>] p.<page>`)
 * with its sections indented below in the same form, the page being the
 * one the 目录 gives (`?` when it gives none); --json: the library's
 * `outline()`.
 */
import { outline } from '../../index.js'
import type { Command } from '../command.js'
import { json } from '../formats.js'
import { JSON_ONLY } from '../options.js'
import { EXIT } from '../output.js'

export const outlineCommand: Command = {
  summary: 'the chapters and sections, with IDs and the 目录’s page numbers',
  usage: 'huozhou-plan outline [--json]',
  options: JSON_ONLY,
  positionals: [0, 0],
  run(v, _p, io) {
    const o = outline()
    if (v.json) return io.out(json(o)), EXIT.ok
    io.out(`${o.title}\n`)
    for (const c of o.chapters) {
      io.out(`${c.label} ${c.title}  [${c.id}] p.${c.page ?? '?'}\n`)
      for (const s of c.sections) io.out(`  ${s.label} ${s.title}  [${s.id}] p.${s.page ?? '?'}\n`)
    }
    return EXIT.ok
  }
}
