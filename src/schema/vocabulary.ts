/**
 * The literal sets one plan's data narrows the types to: its tables with
 * their columns, its boxes, chapters, sectors and places, and the node IDs it
 * has. The generic code (the parser, the extractor, the queries) is typed
 * over these sets; a plan's build writes its own (src/generated/types.ts, from
 * the data it ships), and a second plan would regenerate that file, not
 * change code.
 *
 * Every member here is `string` (or a record of strings): a parser of any
 * plan of the genre knows no literal, and `Vocabulary` itself is what such
 * code is typed with.
 */

/** One table of a plan: the names of its value columns, its period, the titles of its groups, its attributes. */
export interface TableVocabulary {
  /** The value columns as the header composes them: the keys of an indicator row's `values` (`2025 年`). */
  readonly column: string
  /** The plan period the table covers, from its title (十四五). */
  readonly period: string
  /** The titles of its grouping rows as printed (经济发展): the `category` of its rows. */
  readonly category: string
  /** The values of its 属性 column (约束性, 预期性). */
  readonly attribute: string
}

export interface Vocabulary {
  /** Each table by its printed number (`2-1`). */
  readonly tables: { readonly [table: string]: TableVocabulary }
  /** The boxes' printed numbers (`4-3`). */
  readonly box: string
  /** The chapters' IDs (`chp_4`). */
  readonly chapter: string
  /** Sector IDs of the sector vocabulary (`digital`). */
  readonly sector: string
  /** The Chinese names a sector filter takes besides the IDs: each label, and each part of a label joined by 与. */
  readonly sectorName: string
  /** Place IDs of the gazetteer (`kaifaqu`). */
  readonly place: string
  /** The names and aliases a place filter takes besides the IDs. */
  readonly placeName: string
  /** Every node ID of the tree, by node type (`box` -> `box_4-3` | …). */
  readonly nodeIds: { readonly [type: string]: string }
}

/** The printed numbers of a vocabulary's tables. */
export type TableNumberOf<V extends Vocabulary> = keyof V['tables'] & string
