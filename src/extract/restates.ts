/**
 * A name in a 专栏 item's text that restates the item's own title is the
 * item's project (its box-item project), not a named project of its own.
 * These tests compare a name with the item's title.
 */
import type { Named, PlaceIndex } from './places.js'

/** The length of the tail two names share. */
function sharedTailLength(name: string, title: string): number {
  let n = 0
  while (n < name.length && n < title.length && name[name.length - 1 - n] === title[title.length - 1 - n]) n++
  return n
}

/** `name` shares with `title` a tail of four characters or more that is at least half the name, or it spells the title out. */
export function restates(name: string, title: string): boolean {
  const n = sharedTailLength(name, title)
  return n >= 4 && (n * 2 >= name.length || spellsOut(name, title))
}

/** The name elaborates the title (A历史、文化、艺术记忆工程 for A文化记忆工程): every two-character word of the title before their shared tail is in the name. */
export function spellsOut(name: string, title: string): boolean {
  const n = sharedTailLength(name, title)
  const words = title.slice(0, title.length - n).match(/.{1,2}/g) ?? []
  return n >= 4 && words.length > 0 && words.every((w) => w.length === 2 && name.slice(0, name.length - n).includes(w))
}

/** Two names of six characters or more that differ by one character inserted (AC文化产业示范园 in the item ABC文化产业示范园). */
export function oneApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length < 6 || long.length !== short.length + 1) return false
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true
  return false
}

/** One name contains the other, 项目/工程 aside, and the shorter has at least 60 % of the longer's characters. */
export function overlaps(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const core = short.replace(/项目$|工程$/, '')
  return long.includes(core) && core.length / long.replace(/项目$|工程$/, '').length >= 0.6
}

/** The item restating its own subject by a gazetteer name (X产业园 in X市产业园项目): the name is little more than an entry the title names. */
export function sameEntry(name: string, title: string, places: PlaceIndex): boolean {
  const key = (n: Named) => (n.kind === 'place' ? 'p:' + n.place.id : 'f:' + n.facility.name)
  const inTitle = new Set(places.matcher.all(title).map((m) => key(m.value)))
  return places.matcher.all(name).some((m) => inTitle.has(key(m.value)) && name.length - m.word.length <= 2)
}
