/**
 * Markdown edition -> validated plan tree -> the data the package ships.
 *
 *   tsx scripts/build.ts [--check] [--update-manifest]
 *
 * Fails (exit 1), printing `file:line:col severity rule message`, when the
 * tree breaks an invariant, when an ID of the committed manifest is gone, or
 * (with --check) when a committed generated file is not what the build makes.
 */
import fs from 'node:fs'
import path from 'node:path'
import { buildCorpus } from './build/corpus.js'
import { formatDiagnostic } from '../src/schema/diagnostic.js'
import { main } from './lib/files.js'

main(() => {
  const args = process.argv.slice(2)
  const check = args.includes('--check')
  const updateManifest = args.includes('--update-manifest')
  const dir = args.find((a) => !a.startsWith('--')) ?? 'corpus/huozhou-14th'

  const result = buildCorpus(dir, { updateManifest })
  for (const d of result.diagnostics) console.error(formatDiagnostic(d))
  if (result.diagnostics.some((d) => d.severity === 'error')) {
    console.error(`build failed: ${result.diagnostics.filter((d) => d.severity === 'error').length} error(s)`)
    process.exit(1)
  }
  let stale = 0
  for (const [file, content] of Object.entries(result.files)) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
    if (current === content) continue
    if (check) {
      console.error(`${file}:1:1 error build-stale ${path.basename(file)} is not what the build makes; run npm run build:data`)
      stale++
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, content)
      console.log(`wrote ${file} (${content.length} characters)`)
    }
  }
  if (stale) process.exit(1)
  console.log(result.summary)
})
