/**
 * A chapter page's outline follows the reader: the section whose heading was
 * passed last is marked `aria-current="location"` in the outline (the
 * chapter itself is marked `aria-current="page"` in the HTML, which needs no
 * script).
 */
const sections = Array.from(document.querySelectorAll<HTMLElement>('main h2[id]'))
const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('.site-outline-section a[data-node]'))
let current: string | undefined

function update(): void {
  let here: string | undefined
  for (const h of sections) if (h.getBoundingClientRect().top < 120) here = h.id
  if (here === current) return
  current = here
  for (const a of links) {
    if (a.dataset.node === here) a.setAttribute('aria-current', 'location')
    else a.removeAttribute('aria-current')
  }
}

let queued = false
addEventListener(
  'scroll',
  () => {
    if (queued) return
    queued = true
    requestAnimationFrame(() => {
      queued = false
      update()
    })
  },
  { passive: true }
)
update()

// The sidebar scrolls on its own: bring the current chapter into its view (a long outline hides chapter 12 below its fold).
function reveal(box: HTMLElement | null): void {
  const chapter = box?.querySelector<HTMLElement>('a[aria-current="page"]')
  if (box && chapter && box.scrollHeight > box.clientHeight) box.scrollTop += chapter.getBoundingClientRect().top - box.getBoundingClientRect().top - 48
}
reveal(document.querySelector<HTMLElement>('.site-sidebar'))
// On a phone the outline is folded: when it opens, show the current chapter first.
const folded = document.querySelector<HTMLDetailsElement>('.site-outline-narrow')
folded?.addEventListener('toggle', () => {
  if (folded.open) reveal(folded.querySelector<HTMLElement>('nav'))
})
