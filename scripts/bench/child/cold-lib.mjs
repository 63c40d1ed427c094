// Cold start, subject: a consumer's first query of one domain. The entry is imported by its package name (a
// self-reference through package.json "exports"), as users import it. argv[2]: { entry, call: { name, args } } as JSON.
const { entry, call } = JSON.parse(process.argv[2])
const m = await import(entry)
const answer = m[call.name](...call.args)
if (answer === undefined || (Array.isArray(answer) && answer.length === 0)) throw new Error(`${entry}: ${call.name}() answered nothing`)
// Time since the process started, and the CPU it used (less disturbed than wall time on a busy machine).
const { user, system } = process.cpuUsage()
process.stdout.write(JSON.stringify({ now: performance.now(), cpu: (user + system) / 1000 }))
