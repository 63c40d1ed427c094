/**
 * The markup of a filter panel, which client/filters.ts brings to life (the
 * form stays hidden without JavaScript, so nothing is filtered away). The
 * controls fold into a disclosure whose summary always shows how many items
 * are shown and what is chosen: open on a desktop, closed on a phone (the
 * script closes it there), so the list starts near the top of the screen.
 */
import { esc } from './html.js'

/**
 * @param items CSS selector of the items the controls filter.
 * @param label The form's accessible name.
 * @param unit What the count counts (`个项目`).
 * @param controls One `<label>` with its `<select name>` per facet.
 */
export function filterPanel(items: string, label: string, unit: string, controls: readonly string[]): string {
  return `<form class="site-filters" data-filter-items="${esc(items)}" aria-label="${esc(label)}" hidden>
<details class="site-filters-panel" open>
<summary><span class="site-filters-title">筛选</span><span class="site-filters-chosen" data-filter-chosen></span><output data-filter-count data-filter-unit="${esc(unit)}" aria-live="polite"></output></summary>
<div class="site-filters-controls">
${controls.join('\n')}
<button type="reset">清除</button>
</div>
</details>
</form>`
}
