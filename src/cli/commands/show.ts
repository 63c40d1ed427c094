/**
 * `huozhou-plan show <id> [--json | --html | --markdown] [-o <file>]`: one
 * node of the plan, or one project, by its ID.
 *
 * Output for a node: its text (one final newline); --json: the node;
 * --html / --markdown: the node rendered as the render entry renders it
 * (loaded only then). For a project: a summary in lines (project-summary.ts);
 * --json: the project; --html and --markdown are usage errors, since a
 * project is not a node. An ID that is neither is the library's
 * `unknown-id` error, pointing at `outline` for the IDs.
 */
import { PlanError, quote } from '../../errors.js'
import { getNode, getProject, text } from '../../index.js'
import { UsageError } from '../args.js'
import type { Command } from '../command.js'
import { json } from '../formats.js'
import { flag, options } from '../options.js'
import { EXIT } from '../output.js'
import { projectSummary } from '../project-summary.js'

export const showCommand: Command = {
  summary: 'one node (its text, or JSON, HTML, Markdown) or one project (a summary, or JSON)',
  usage: 'huozhou-plan show <id> [--json | --html | --markdown]',
  options: options({ json: flag, html: flag, markdown: flag }),
  exclusive: [['json', 'html', 'markdown']],
  positionals: [1, 1],
  positional: '<id>',
  async run(v, p, io) {
    const id = p[0]!
    const node = getNode(id)
    const project = node ? undefined : getProject(id)
    if (project) {
      if (v.html || v.markdown) throw new UsageError(v.html ? '--html' : '--markdown', `${v.html ? '--html' : '--markdown'} renders a node of the plan; ${quote(id)} is a project: show it as text or --json`)
      io.out(v.json ? json(project) : projectSummary(project))
      return EXIT.ok
    }
    if (!node) throw new PlanError('unknown-id', 'id', `no node or project has the ID ${quote(id)}; \`huozhou-plan outline\` lists IDs`)
    if (v.json) io.out(json(node))
    else if (v.html || v.markdown) {
      const render = await import('../../render.js')
      io.out(v.html ? render.toHtml(id) + '\n' : render.toMarkdown(id))
    } else io.out(text(id) + '\n')
    return EXIT.ok
  }
}
