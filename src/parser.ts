/**
 * `@huozhou/plan/parser`: parse any plan of the genre from its Markdown
 * edition. unified and remark load here only.
 *
 * The tree a parser builds is typed by the interfaces of
 * src/schema/plan.ts: writable (it is the caller's) and with plain strings
 * where the shipped plan has literals (a parser knows no plan's data). The
 * zod schemas exported here are those of whole things a tool validates: a
 * tree (`PlanSchema`), a cell (`CellValueSchema`), a diagnostic, and a
 * corpus's errata and structure files; the schemas of their parts stay
 * inside.
 */
export { parsePlan, parseMarkdown, readMarkdown, parseLimits } from './parse/index.js'
export type { ParseOptions, ParseResult, MarkdownRead, ParseLimits } from './parse/index.js'
export { checkPlan } from './parse/check.js'
export { makeId, cleanNumber, isIdShaped } from './ids/make.js'
export type { IdPart } from './ids/make.js'
export { parseChineseNumeral, toChineseNumeral } from './genre/numerals.js'
export { applyErrata } from './import/errata.js'
export type { ErrataResult } from './import/errata.js'
export { formatDiagnostic, DiagnosticSchema } from './schema/diagnostic.js'
export type { Diagnostic } from './schema/diagnostic.js'
export { PlanSchema } from './schema/plan.js'
export { CellValueSchema } from './schema/value.js'
export { ErrataSchema, ErratumSchema, StructureSchema } from './schema/corpus.js'
export type { Errata, Erratum, Structure } from './schema/corpus.js'
export { is, isBox, isBoxItem, isChapter, isHeading, isIndicator, isIndicatorGroup, isMeasure, isParagraph, isSection, isTable, isTableGroup } from './util/is.js'
export type { OfType, Typed } from './util/is.js'
export type {
  Box,
  BoxItem,
  Chapter,
  Closing,
  Header,
  Heading,
  Indicator,
  IndicatorGroup,
  Measure,
  NodeBase,
  Notice,
  Numbered,
  Paragraph,
  Plan,
  PlanNode,
  PlanNodeType,
  Point,
  Position,
  Preamble,
  RowFacets,
  Section,
  Table,
  TableGroup,
  TableHeader,
  TableNote,
  Toc,
  TocEntry
} from './schema/plan.js'
export type { CellValue, EmptyValue, Mark, MultipleValue, NoneValue, NumberFacets, NumberPart, NumberValue, TextValue } from './schema/value.js'
export type { TableNumberOf, TableVocabulary, Vocabulary } from './schema/vocabulary.js'
