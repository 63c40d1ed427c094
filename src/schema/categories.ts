/**
 * The indicator category vocabulary: one set of categories for the grouping
 * rows of every indicator table of a plan, so that rows of tables that print
 * their groups differently (one period's 生态文明, the next one's 绿色生态)
 * can be compared. Plan knowledge: each corpus keeps its own
 * (corpus/<plan>/indicator-categories.json); the build checks that every
 * grouping row's title belongs to exactly one category.
 */
import { z } from 'zod'

export const IndicatorCategorySchema = z
  .object({
    /** A lowercase slug: `economy`, `ecology` … */
    id: z.string().regex(/^[a-z][a-z-]*$/),
    /** The category's Chinese label. */
    zh: z.string().min(1),
    /** Its English label. */
    en: z.string().min(1),
    /** The grouping rows' titles, as the tables print them, that the category stands for. */
    printed: z.array(z.string().min(1)).min(1),
    /** Why titles that differ are one category, or what the category holds that its label does not say. */
    note: z.string().optional()
  })
  .strict()

export const IndicatorCategoriesFileSchema = z
  .object({
    $comment: z.string().optional(),
    categories: z.array(IndicatorCategorySchema)
  })
  .strict()

export type IndicatorCategory = z.infer<typeof IndicatorCategorySchema>
export type IndicatorCategories = z.infer<typeof IndicatorCategoriesFileSchema>
