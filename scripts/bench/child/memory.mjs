// Memory: heap held after the package is imported and its indexes are built
// (first getNode), or after the shipped data file is parsed (argv[2] = json).
// Run with --expose-gc; prints {"delta": bytes}.
import fs from 'node:fs'

const what = process.argv[2]
globalThis.gc(); globalThis.gc()
const before = process.memoryUsage().heapUsed
if (what === 'json') globalThis.kept = JSON.parse(fs.readFileSync(new URL('../../../dist/data/plan.json', import.meta.url), 'utf8'))
else {
  const plan = await import('@huozhou/plan')
  if (!plan.getNode('chp_4__sec_3')) throw new Error('getNode(chp_4__sec_3) found nothing')
  globalThis.kept = plan
}
globalThis.gc(); globalThis.gc()
process.stdout.write(JSON.stringify({ delta: process.memoryUsage().heapUsed - before }))
