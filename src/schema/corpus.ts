/**
 * The import stage's inputs beside source.txt: errata.json and
 * structure.json (corpus/README.md describes both).
 */
import { z } from 'zod'

/** One correction of an extraction artifact in a corpus' `source.txt`. */
export const ErratumSchema = z
  .object({
    /** 1-based line in source.txt where `before` starts. */
    line: z.number().int().positive(),
    /** 1-based column (UTF-16 code units) where `before` starts. */
    column: z.number().int().positive(),
    /** The text as extracted, exactly; the import fails when it is not found at `line`:`column`. */
    before: z.string().min(1),
    /** The text as printed. */
    after: z.string(),
    /** The kind of artifact. */
    kind: z.enum([
      'page-break-join',
      'page-break-doubled',
      'latin-conjunction',
      'subscript',
      'lost-text',
      'punctuation-width',
      'title-line-break'
    ]),
    /** What went wrong in the extraction, in a sentence. */
    why: z.string().min(1)
  })
  .strict()

/** errata.json: the corrections of one source text, applied in order of place. */
export const ErrataSchema = z
  .object({
    $comment: z.string().optional(),
    /** The file the entries point into (`source.txt`). */
    source: z.string().min(1),
    entries: z.array(ErratumSchema)
  })
  .strict()

/** Structural annotation that the import (text -> Markdown) needs and the text cannot tell. */
export const StructureSchema = z
  .object({
    $comment: z.string().optional(),
    /** A paragraph whose first sentence is at most this long (characters) is a measure: a lead title plus a body. */
    measureLeadMaxLength: z.number().int().positive(),
    /** Paragraphs (by their first characters) that the lead rule would misjudge. */
    measureOverrides: z
      .array(z.object({ startsWith: z.string().min(1), measure: z.boolean(), why: z.string().min(1) }).strict())
      .default([]),
    /** Per box (`X-Y`): where it ends when not at the next heading, and items nested under another. */
    boxes: z
      .record(
        z.string().regex(/^\d+-\d+$/),
        z
          .object({
            endBefore: z.string().min(1).optional(),
            nest: z
              .array(z.object({ under: z.string().min(1), count: z.number().int().positive() }).strict())
              .optional(),
            why: z.string().min(1).optional()
          })
          .strict()
      )
      .default({})
  })
  .strict()

export type Erratum = z.infer<typeof ErratumSchema>
export type Errata = z.infer<typeof ErrataSchema>
export type Structure = z.infer<typeof StructureSchema>
