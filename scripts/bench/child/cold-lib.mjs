// Cold start, subject: a consumer's first query of one domain. The entry is imported by its package name (a
// self-reference through package.json "exports"), as users import it. argv[2]: { entry, call: { name, args } } as JSON.
const { entry, call } = JSON.parse(process.argv[2])
const m = await import(entry)
const answer = m[call.name](...call.args)
if (answer === undefined || (Array.isArray(answer) && answer.length === 0)) throw new Error(`${entry}: ${call.name}() answered nothing`)
process.stdout.write(String(performance.now()))
