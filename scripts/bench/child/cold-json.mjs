// Cold start, baseline: the least a consumer of one domain's data can do, read and parse its shipped files.
// argv[2]: the dist/data file names, as JSON.
import fs from 'node:fs'

for (const file of JSON.parse(process.argv[2])) {
  const data = JSON.parse(fs.readFileSync(new URL(`../../../dist/data/${file}`, import.meta.url), 'utf8'))
  if (data === null || typeof data !== 'object') throw new Error(`dist/data/${file} holds no data`)
}
// Time since the process started, and the CPU it used (less disturbed than wall time on a busy machine).
const { user, system } = process.cpuUsage()
process.stdout.write(JSON.stringify({ now: performance.now(), cpu: (user + system) / 1000 }))
