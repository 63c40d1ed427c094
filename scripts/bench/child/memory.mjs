// Memory: heap held after one domain's entry is imported and its first query answered (its index built), or
// after that domain's shipped data files are parsed. Run with --expose-gc; prints {"delta": bytes}.
//   node --expose-gc memory.mjs lib '{ "entry", "call": { "name", "args" } }'
//   node --expose-gc memory.mjs json '["plan.json", …]'
import fs from 'node:fs'

const [what, payload] = process.argv.slice(2)
const input = JSON.parse(payload)
globalThis.gc(); globalThis.gc()
const before = process.memoryUsage().heapUsed
if (what === 'json') globalThis.kept = input.map((file) => JSON.parse(fs.readFileSync(new URL(`../../../dist/data/${file}`, import.meta.url), 'utf8')))
else {
  const m = await import(input.entry)
  const answer = m[input.call.name](...input.call.args)
  if (answer === undefined) throw new Error(`${input.entry}: ${input.call.name}() answered nothing`)
  globalThis.kept = [m, answer]
}
globalThis.gc(); globalThis.gc()
process.stdout.write(JSON.stringify({ delta: process.memoryUsage().heapUsed - before }))
