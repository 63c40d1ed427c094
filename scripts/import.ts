/**
 * Regenerates a corpus' Markdown edition from its verbatim source text, its
 * errata and its structure annotation:
 *
 *   tsx scripts/import.ts [corpus/<plan>] [--check]
 *
 * With --check it writes nothing and fails when plan.md differs from what it
 * would write (CI runs it so that what is committed is what the script makes).
 */
import fs from 'node:fs'
import path from 'node:path'
import { importCorpus } from './import/corpus.js'
import { formatDiagnostic } from '../src/schema/diagnostic.js'
import { main } from './lib/files.js'

main(() => {
  const args = process.argv.slice(2)
  const check = args.includes('--check')
  const dir = args.find((a) => !a.startsWith('--')) ?? 'corpus/huozhou-14th'

  const { markdown, diagnostics } = importCorpus(dir)
  for (const d of diagnostics) console.error(formatDiagnostic(d))
  if (diagnostics.some((d) => d.severity === 'error') || markdown === undefined) process.exit(1)

  const target = path.join(dir, 'plan.md')
  if (check) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''
    if (current !== markdown) {
      console.error(`${target}:1:1 error import-stale plan.md is not what scripts/import.ts makes from source.txt + errata.json + structure.json; run npm run import`)
      process.exit(1)
    }
    console.log(`${target} is up to date`)
  } else {
    fs.writeFileSync(target, markdown)
    console.log(`wrote ${target} (${markdown.length} characters)`)
  }
})
