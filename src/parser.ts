/**
 * `@huozhou/plan/parser`: parse any plan of the genre from its Markdown
 * edition. unified and remark load here only.
 */
export { parsePlan, parseMarkdown, readMarkdown, parseLimits } from './parse/index.js'
export type { ParseOptions, ParseResult, MarkdownRead, ParseLimits } from './parse/index.js'
export { checkPlan } from './parse/check.js'
export { makeId, cleanNumber, isIdShaped } from './ids/make.js'
export { SearchHitSchema, SearchOptionsSchema } from './schema/search.js'
export { CellValueSchema, MarkSchema, NumberPartSchema } from './schema/value.js'
export { parseChineseNumeral, toChineseNumeral } from './genre/numerals.js'
export { applyErrata } from './import/errata.js'
export type { ErrataResult } from './import/errata.js'
export type { IdPart } from './ids/make.js'
export { formatDiagnostic, DiagnosticSchema } from './schema/diagnostic.js'
export type { Diagnostic } from './schema/diagnostic.js'
export * from './schema/plan.js'
export { ErrataSchema, ErratumSchema, StructureSchema } from './schema/corpus.js'
export type { Errata, Erratum, Structure } from './schema/corpus.js'
