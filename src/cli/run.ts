import { PlanError } from '../errors.js'
import { getNode, outline, text } from '../index.js'

export interface Io {
  out: (s: string) => void
  err: (s: string) => void
}

const HELP = `Usage: huozhou-plan <command> [options]

Commands:
  outline [--json]     the chapters and sections, with the 目录's page numbers
  show <id> [--json]   one node: its text, or the node as JSON
  help                 this text

Every command takes --help.
`

const COMMANDS: Record<string, { help: string; run: (args: string[], io: Io) => number }> = {
  outline: {
    help: 'Usage: huozhou-plan outline [--json]\n\nPrints the plan’s chapters and sections with their IDs and pages.\n',
    run(args, io) {
      const o = outline()
      if (args.includes('--json')) {
        io.out(JSON.stringify(o, null, 2) + '\n')
        return 0
      }
      io.out(`${o.title}\n`)
      for (const c of o.chapters) {
        io.out(`${c.label} ${c.title}  [${c.id}] p.${c.page ?? '?'}\n`)
        for (const s of c.sections) io.out(`  ${s.label} ${s.title}  [${s.id}] p.${s.page ?? '?'}\n`)
      }
      return 0
    }
  },
  show: {
    help: 'Usage: huozhou-plan show <id> [--json]\n\nPrints the text of the node with this ID (see `outline` for IDs), or the node as JSON.\n',
    run(args, io) {
      const id = args.find((a) => !a.startsWith('--'))
      if (!id) {
        io.err('huozhou-plan show: missing <id>; try `huozhou-plan outline` for IDs\n')
        return 2
      }
      const node = getNode(id)
      if (!node) {
        io.err(`huozhou-plan show: no node has the ID ${JSON.stringify(id)}\n`)
        return 1
      }
      io.out(args.includes('--json') ? JSON.stringify(node, null, 2) + '\n' : text(id) + '\n')
      return 0
    }
  }
}

/** Run the CLI; returns the exit code. Never throws: errors become one line on stderr. */
export function run(argv: string[], io: Io): number {
  const [command, ...args] = argv
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(HELP)
      return command ? 0 : 2
    }
    const cmd = COMMANDS[command]
    if (!cmd) {
      io.err(`huozhou-plan: unknown command ${JSON.stringify(command)}; allowed: ${Object.keys(COMMANDS).join(', ')}, help\n`)
      return 2
    }
    if (args.includes('--help') || args.includes('-h')) {
      io.out(cmd.help)
      return 0
    }
    return cmd.run(args, io)
  } catch (error) {
    io.err(`huozhou-plan ${command}: ${error instanceof PlanError ? error.message : String(error)}\n`)
    return 1
  }
}
