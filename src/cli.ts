#!/usr/bin/env node
/**
 * huozhou-plan: the plan from the command line. Thin: it parses arguments
 * and prints what the library answers; a write error on stdout ends the
 * process as cli/output.ts says (a closed pipe quietly).
 */
import { guardedOutput } from './cli/output.js'
import { run } from './cli/run.js'

const out = guardedOutput(process.stdout, process.stderr, (code) => process.exit(code))

process.exitCode = await run(process.argv.slice(2), { out, err: (s) => process.stderr.write(s) })
