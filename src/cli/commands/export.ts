/**
 * `huozhou-plan export <file> [-o <path>] [--no-bom]` and
 * `huozhou-plan export --list`: a data file the package ships (dist/data:
 * plan.json, projects.csv …), as it is, byte for byte, so that
 * `export projects.csv -o p.csv` is the shipped file.
 *
 * --no-bom: a CSV file without its byte-order mark (a usage error for a file
 * that has none, and with --list). --list: one line per file, its name and
 * where it is, tab-separated. An unknown <file> is a usage error listing the
 * files, with "did you mean"; a file that cannot be read is a `FileError`.
 */
import path from 'node:path'
import { quote } from '../../errors.js'
import { BOM } from '../../export/csv.js'
import { UsageError } from '../args.js'
import type { Command } from '../command.js'
import { readShipped, shippedFiles } from '../files.js'
import { flag, options } from '../options.js'
import { EXIT } from '../output.js'
import { dataFolder } from '../package.js'
import { closest } from '../suggest.js'

export const exportCommand: Command = {
  summary: 'a shipped data file as it is, byte for byte (--list: every file and where it is)',
  usage: 'huozhou-plan export <file> [-o <path>] [--no-bom]  |  huozhou-plan export --list',
  options: options({ list: flag, 'no-bom': flag }),
  positionals: [0, 1],
  positional: '<file>',
  run(v, p, io) {
    const folder = io.data ?? dataFolder()
    const files = shippedFiles(folder)
    if (v.list) {
      if (p.length) throw new UsageError('--list', `--list lists every file: give it without a <file> (got ${quote(p[0]!)})`)
      if (v['no-bom']) throw new UsageError('--no-bom', '--no-bom applies to a CSV file written out: give it with <file>, not --list')
      io.out(files.map((f) => `${f}\t${path.join(folder, ...f.split('/'))}\n`).join(''))
      return EXIT.ok
    }
    const what = p[0]
    if (what === undefined) throw new UsageError('<file>', `missing <file>: one of ${files.join(', ')} (--list says where each is)`)
    if (!files.includes(what)) {
      const near = closest(what, files)
      throw new UsageError('<file>', `<file> must be one of ${files.join(', ')}; got ${quote(what)}${near ? `; did you mean ${near}?` : ''}`)
    }
    if (v['no-bom'] && !what.endsWith('.csv')) throw new UsageError('--no-bom', `--no-bom drops the byte-order mark of a CSV file; ${quote(what)} has none`)
    const content = readShipped(folder, what)
    io.out(v['no-bom'] && content.startsWith(BOM) ? content.slice(BOM.length) : content)
    return EXIT.ok
  }
}
