/**
 * The CLI's exit codes, and what happens when its output cannot be written.
 *
 * A write error on stdout ends the process at once, whatever command runs:
 * - `EPIPE` (the reader went away: `huozhou-plan export plan.json | head -1`)
 *   quietly, with 141, the code a shell reports for any filter killed by
 *   SIGPIPE (`yes | head`), so that a pipeline under `set -o pipefail` sees
 *   the output was cut and a plain one does not care;
 * - any other (`ENOSPC` for `> /dev/full`, `EIO` …) with one line on stderr
 *   naming the error, and 74 (EX_IOERR in sysexits.h).
 */

export const EXIT = Object.freeze({
  /** The command answered. */
  ok: 0,
  /** A value the data does not have (an unknown ID, 约束 for 约束性): the library's `PlanError`. */
  value: 1,
  /** A bad command line: unknown command or option, missing or malformed value, conflicting flags. */
  usage: 2,
  /** stdout could not be written (other than a closed pipe). */
  io: 74,
  /** stdout is a pipe whose reader has gone (128 + SIGPIPE). */
  pipe: 141
})

interface Stream {
  write(s: string): unknown
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown
  readonly destroyed: boolean
}

/**
 * A writer for `stdout` that ends the process on a write error as described
 * above. After an error nothing more is written (the stream is destroyed at
 * once; the error event follows on the next tick).
 */
export function guardedOutput(stdout: Stream, stderr: Stream, exit: (code: number) => void): (s: string) => void {
  // A failing stderr (closed, full) must not turn the one line into a crash.
  stderr.on('error', () => {})
  stdout.on('error', (error) => {
    if (error.code === 'EPIPE') return exit(EXIT.pipe)
    const message = String(error.message).split('\n')[0]!
    const why = error.code && !message.startsWith(error.code) ? `${error.code}: ${message}` : message
    if (!stderr.destroyed) stderr.write(`huozhou-plan: cannot write the output: ${why}\n`)
    exit(EXIT.io)
  })
  return (s) => {
    if (!stdout.destroyed) stdout.write(s)
  }
}
