// Cold start, baseline: the least a consumer of the data can do, read and parse the shipped file.
import fs from 'node:fs'

const plan = JSON.parse(fs.readFileSync(new URL('../../../dist/data/plan.json', import.meta.url), 'utf8'))
if (plan.type !== 'plan') throw new Error('dist/data/plan.json is not a plan tree')
process.stdout.write(String(performance.now()))
