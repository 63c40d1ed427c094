/**
 * The data dictionary section of the package README, as the build writes it
 * for a corpus (./dictionary.ts).
 *
 *   tsx scripts/build/write-dictionary.ts     rewrite that section of README.md
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCorpus } from './corpus.js'
import { dataFiles, dictionaryInput } from './data.js'
import { dataDictionary, withDictionary } from './dictionary.js'
import { main } from '../lib/files.js'

/** The README's dictionary section for the corpus in `dir`: made from what the build's data files are made from. */
export function readmeDictionary(dir = 'corpus/huozhou-14th'): string {
  const { input } = buildCorpus(dir)
  return dataDictionary(dictionaryInput(input, dataFiles(input)))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  main(() => {
    fs.writeFileSync('README.md', withDictionary(fs.readFileSync('README.md', 'utf8'), readmeDictionary()))
    console.log('README.md: the data dictionary section rewritten')
  })
