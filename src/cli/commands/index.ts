/**
 * The commands of `huozhou-plan`, by name, in the order --help lists them;
 * one file each. A Map: `huozhou-plan toString` is an unknown command, never
 * something found on a prototype.
 */
import type { Command } from '../command.js'
import { exportCommand } from './export.js'
import { indicatorsCommand } from './indicators.js'
import { placesCommand, sectorsCommand } from './listing.js'
import { outlineCommand } from './outline.js'
import { projectsCommand } from './projects.js'
import { searchCommand } from './search.js'
import { showCommand } from './show.js'

export const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['outline', outlineCommand],
  ['show', showCommand],
  ['indicators', indicatorsCommand],
  ['projects', projectsCommand],
  ['sectors', sectorsCommand],
  ['places', placesCommand],
  ['search', searchCommand],
  ['export', exportCommand]
])
