/**
 * The search page's script. The index (search-index.js, the plan and the
 * library's search) is fetched on first use: the first query typed or
 * submitted, or a `?q=` in the URL (the header's search box on every page
 * sends one). Results link to the node on its page.
 */
import type { Result } from './search-index.js'

type Engine = typeof import('./search-index.js')

const form = document.querySelector<HTMLFormElement>('#search-form')!
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!
const status = document.querySelector<HTMLElement>('#search-status')!
const list = document.querySelector<HTMLOListElement>('#search-results')!

let engine: Promise<Engine> | undefined
const load = () => (engine ??= import('./search-index.js') as Promise<Engine>)

function item(r: Result): HTMLLIElement {
  const li = document.createElement('li')
  const a = document.createElement('a')
  a.href = r.url
  a.className = 'site-result-link'
  a.dataset.node = r.id
  a.textContent = r.where || r.id
  const p = document.createElement('p')
  const mark = document.createElement('mark')
  mark.textContent = r.match
  p.append(r.before, mark, r.after)
  li.append(a, p)
  return li
}

let asked = 0
async function run(query: string): Promise<void> {
  const ticket = ++asked
  const q = query.trim()
  if (!q) {
    list.replaceChildren()
    status.textContent = ''
    return
  }
  if (!engine) status.textContent = '正在载入索引……'
  const { find } = await load()
  if (ticket !== asked) return
  let found: ReturnType<Engine['find']>
  try {
    found = find(q)
  } catch (error) {
    // search() refuses what it cannot answer (a query over its length limit) with a message that says why.
    list.replaceChildren()
    status.textContent = error instanceof Error ? error.message : String(error)
    return
  }
  const { total, results } = found
  list.replaceChildren(...results.map(item))
  status.textContent = total === 0 ? `没有找到“${q}”。` : `“${q}”共 ${total} 处${total > results.length ? `，列出前 ${results.length} 处` : ''}。`
  history.replaceState(null, '', `?q=${encodeURIComponent(q)}`)
}

let timer: ReturnType<typeof setTimeout> | undefined
input.addEventListener('input', () => {
  clearTimeout(timer)
  timer = setTimeout(() => void run(input.value), 250)
})
form.addEventListener('submit', (event) => {
  event.preventDefault()
  clearTimeout(timer)
  void run(input.value)
})

const initial = new URLSearchParams(location.search).get('q')
if (initial) {
  input.value = initial
  void run(initial)
}
