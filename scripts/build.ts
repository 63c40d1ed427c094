/**
 * Markdown edition -> validated plan tree -> the data the package ships.
 *
 *   tsx scripts/build.ts [corpus/<plan>] [--check] [--update-manifest]
 *
 * Writes the data modules src/ imports to src/generated (committed, laid out
 * for review) and every shipped data file to dist/data (compact; tsup leaves
 * that folder alone). Fails (exit 1), printing `file:line:col severity rule
 * message`, when the tree breaks an invariant, when an ID of the committed
 * manifest is gone, or (with --check, which writes nothing) when a committed
 * generated file is not what the build makes or src/generated holds a file
 * the build does not make.
 */
import fs from 'node:fs'
import path from 'node:path'
import { buildCorpus, GENERATED, SHIPPED } from './build/corpus.js'
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
  // src/generated holds exactly what the build makes: a file it no longer makes would still be bundled or reviewed.
  for (const name of fs.existsSync(GENERATED) ? fs.readdirSync(GENERATED) : []) {
    const file = path.join(GENERATED, name)
    if (file in result.files) continue
    if (check) {
      console.error(`${file}:1:1 error build-stray ${name} is not made by the build; run npm run build:data`)
      stale++
    } else {
      fs.rmSync(file)
      console.log(`removed ${file} (not made by the build)`)
    }
  }
  if (stale) process.exit(1)
  if (!check) {
    fs.rmSync(SHIPPED, { recursive: true, force: true })
    fs.mkdirSync(SHIPPED, { recursive: true })
    for (const [name, content] of Object.entries(result.shipped)) fs.writeFileSync(path.join(SHIPPED, name), content)
    console.log(`wrote ${SHIPPED}: ${Object.keys(result.shipped).join(', ')}`)
  }
  console.log(result.summary)
})
