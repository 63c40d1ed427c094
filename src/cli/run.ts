/**
 * The CLI's dispatch: the first argument picks a command (commands/, from a
 * Map, never a prototype: `huozhou-plan toString` is an unknown command), its
 * arguments are read strictly (args.ts), and the command answers on stdout or
 * in the file `-o` names. Bad input ends in one line on stderr that names the
 * argument at fault (`--limit`, `--attribute`, `<id>`) and a non-zero exit
 * code (output.ts), never a stack trace; what the user typed is quoted cut.
 */
import { PlanError, quote } from '../errors.js'
import { checkPositionals, readArgs } from './args.js'
import type { Io, Values } from './command.js'
import { COMMANDS } from './commands/index.js'
import { FileError, writeOutput } from './files.js'
import { messageOf } from './message.js'
import { EXIT } from './output.js'
import { packageInfo } from './package.js'
import { closest } from './suggest.js'

export type { Io } from './command.js'

/** The top-level usage: every command with its summary. */
export function help(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((c) => c.length))
  return (
    'Usage: huozhou-plan <command> [options]\n\nCommands:\n' +
    [...COMMANDS].map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join('\n') +
    '\n\nEvery command takes --help, and -o <file> to write a file instead of printing.\n--version prints the version.\n'
  )
}

/** What the first argument may be besides a command. */
const TOP_LEVEL = ['help', '--help', '--version']

/** An unknown command, in one line: what was typed (cut), the closest command, the list. */
function unknownCommand(command: string): string {
  const near = closest(command, [...COMMANDS.keys(), ...TOP_LEVEL])
  return `huozhou-plan: unknown command ${quote(command)}${near ? `; did you mean ${near}?` : ''}; allowed: ${[...COMMANDS.keys()].join(', ')}, help, --version\n`
}

/** Run the CLI; resolves to the exit code. Never throws: errors become one line on stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(help())
    return command === undefined ? EXIT.usage : EXIT.ok
  }
  if (command === '--version' || command === '-v') {
    if (rest.length) {
      io.err(`huozhou-plan: --version takes no arguments, got ${quote(rest[0]!)}\n`)
      return EXIT.usage
    }
    io.out(`${packageInfo().version}\n`)
    return EXIT.ok
  }
  const cmd = COMMANDS.get(command)
  if (!cmd) {
    io.err(unknownCommand(command))
    return EXIT.usage
  }
  let values: Values = {}
  try {
    const parsed = readArgs(rest, cmd)
    values = parsed.values
    if (parsed.help) {
      io.out(`Usage: ${cmd.usage}\n\n${cmd.summary}.\n`)
      return EXIT.ok
    }
    checkPositionals(cmd, parsed.positionals)
    const output = values.output
    if (typeof output !== 'string') return await cmd.run(values, parsed.positionals, io)
    // -o: the whole output, written once the command has answered (nothing is written when it fails).
    const chunks: string[] = []
    const code = await cmd.run(values, parsed.positionals, { ...io, out: (s) => void chunks.push(s) })
    writeOutput(output, chunks.join(''))
    return code
  } catch (error) {
    const message = error instanceof PlanError ? messageOf(error, cmd, values) : error instanceof Error ? error.message : String(error)
    io.err(`huozhou-plan ${command}: ${message.split('\n')[0]}\n`)
    return error instanceof PlanError ? EXIT.value : error instanceof FileError ? EXIT.io : EXIT.usage
  }
}
