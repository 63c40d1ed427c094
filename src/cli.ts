#!/usr/bin/env node
/**
 * huozhou-plan: the plan from the command line. Thin: it parses arguments
 * and prints what the library answers.
 */
import { run } from './cli/run.js'

// A closed pipe (`| head`) ends the output, not the process with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) })
