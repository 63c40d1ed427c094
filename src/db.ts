/** The stores of the bundled plan, built on first use and shared by the entries (`.` and `./render`). */
import { gazetteerData, planTree, projectData, redirectData, sectorsData } from './data.js'
import { createProjectIndex, type ProjectIndex } from './query/projects.js'
import { createStore, type Store } from './query/store.js'

let store: Store | undefined
let projectIndex: ProjectIndex | undefined

export function db(): Store {
  return (store ??= createStore(planTree, redirectData))
}

export function projectDb(): ProjectIndex {
  return (projectIndex ??= createProjectIndex(projectData, sectorsData, gazetteerData, redirectData))
}
