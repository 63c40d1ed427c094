/**
 * `@huozhou/plan/remark`: a remark plugin that expands remark-directive's
 * `::plan{id="box_4-3"}` into that part of the plan and `:plan[chp_4__sec_3]`
 * into a link to it, in any unified pipeline (Astro, Docusaurus, Next.js MDX,
 * Eleventy …). It loads no unified package of its own: the site's remark,
 * remark-directive and remark-rehype do the work.
 */
import { mentionList } from './data/mentions.js'
import { frozenPlanStore } from './data/plan.js'
import { createRemarkPlan } from './remark/plugin.js'

export type { MessageTarget, RemarkPlanOptions } from './remark/plugin.js'
export type { LinkKind, RenderOptions, RenderParts } from './render/options.js'
export type { PlanFigure } from './render/figure.js'
export { planHandlers, planToMarkdown } from './render/figure.js'

/**
 * Expand `::plan{id=…}` and `:plan[…]` directives; use after remark-directive.
 * Options: those of `toMdast` (`headingOffset` or `depth`, `linkTo`, `marks`,
 * `projects`, `include`) and `fatal` (stop at an unknown ID).
 */
export const remarkPlan = createRemarkPlan(frozenPlanStore, mentionList)

export default remarkPlan
