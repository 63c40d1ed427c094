/**
 * Faceted filters for a list or a table the page already shows in full (so
 * that without JavaScript nothing is hidden). The markup says everything:
 *
 *   <form class="site-filters" data-filter-items="CSS selector" hidden>
 *     <details open>
 *       <summary>筛选 <span data-filter-chosen></span> <output data-filter-count></output></summary>
 *       <select name="sector"> <option value="">全部</option> <option value="digital">…</option> </select>
 *     </details>
 *   </form>
 *
 * An item matches a control when its `data-<name>` (space-separated values)
 * contains the chosen value. Each option's text ends with how many items it
 * would show given the other controls (`数字经济 (12)`). Elements with
 * `data-filter-group` are hidden when no item inside them is shown, and
 * elements with `data-filter-heads="id id …"` (a table's group rows) when none
 * of the items they head is. The choice is kept in the URL's query, so a
 * filtered view can be linked to (`projects.html?tie=kaifaqu`), and named in
 * `data-filter-chosen` (`开发区`), which sits in the panel's summary with the
 * count: on a phone the panel starts closed, and its summary still says what
 * is shown.
 */

/** Where the panel starts closed: site.css's phone width. */
const PHONE = '(max-width: 40em)'

interface Control {
  name: string
  element: HTMLSelectElement
  /** Each option's label without its count. */
  labels: Map<HTMLOptionElement, string>
}

function valuesOf(item: HTMLElement, name: string): string[] {
  return (item.dataset[name] ?? '').split(' ').filter(Boolean)
}

function setup(form: HTMLFormElement): void {
  const items = Array.from(document.querySelectorAll<HTMLElement>(form.dataset.filterItems ?? ''))
  const controls: Control[] = Array.from(form.querySelectorAll<HTMLSelectElement>('select[name]')).map((element) => ({
    name: element.name,
    element,
    labels: new Map(Array.from(element.options).map((o) => [o, o.textContent ?? '']))
  }))
  const groups = Array.from(document.querySelectorAll<HTMLElement>('[data-filter-group]')).filter((g) => items.some((i) => g.contains(i)))
  const heads = Array.from(document.querySelectorAll<HTMLElement>('[data-filter-heads]'))
  const count = form.querySelector<HTMLOutputElement>('output[data-filter-count]')
  const chosen = form.querySelector<HTMLElement>('[data-filter-chosen]')
  const unit = count?.dataset.filterUnit ?? '项'

  const matches = (item: HTMLElement, skip?: Control) => controls.every((c) => c === skip || c.element.value === '' || valuesOf(item, c.name).includes(c.element.value))

  function apply(): void {
    let shown = 0
    const visible = new Set<string>()
    for (const item of items) {
      const show = matches(item)
      item.hidden = !show
      if (show) {
        shown++
        if (item.id) visible.add(item.id)
      }
    }
    for (const head of heads) head.hidden = !(head.dataset.filterHeads ?? '').split(' ').some((id: string) => visible.has(id))
    for (const group of groups) group.hidden = !items.some((i) => !i.hidden && group.contains(i))
    for (const c of controls)
      for (const [option, label] of c.labels) {
        const n = items.filter((i) => matches(i, c) && (option.value === '' || valuesOf(i, c.name).includes(option.value))).length
        option.textContent = `${label} (${n})`
      }
    if (count) count.textContent = `显示 ${shown} ${unit}，共 ${items.length} ${unit}`
    if (chosen) chosen.textContent = controls.filter((c) => c.element.value).map((c) => c.labels.get(c.element.selectedOptions[0]!) ?? '').join('、')
    const query = new URLSearchParams()
    for (const c of controls) if (c.element.value) query.set(c.name, c.element.value)
    const search = query.toString()
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`)
  }

  const initial = new URLSearchParams(location.search)
  for (const c of controls) {
    const wanted = initial.get(c.name)
    if (wanted && Array.from(c.element.options).some((o) => o.value === wanted)) c.element.value = wanted
  }
  form.addEventListener('change', apply)
  form.addEventListener('reset', () => setTimeout(apply))
  form.addEventListener('submit', (event) => event.preventDefault())
  const panel = form.querySelector('details')
  if (panel && matchMedia(PHONE).matches) panel.open = false
  form.hidden = false
  apply()
}

Array.from(document.querySelectorAll<HTMLFormElement>('form.site-filters')).forEach(setup)
