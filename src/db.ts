/** The one store of the bundled plan, built on first use and shared by the entries (`.` and `./render`). */
import { planTree } from './data.js'
import { createStore, type Store } from './query/store.js'

let store: Store | undefined

export function db(): Store {
  return (store ??= createStore(planTree))
}
