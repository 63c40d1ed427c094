/**
 * A static file server on 127.0.0.1 for the site tests, as a static host
 * serves the folder: files by path, `/` as index.html, and 404.html with
 * status 404 for anything else. Started on a free port, closed by the test.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json'
}

export interface StaticServer {
  url: string
  /** Every path asked for, in order (to see what a page loaded). */
  requests: string[]
  close(): Promise<void>
}

export async function serve(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir)
  const requests: string[] = []
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    requests.push(pathname)
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
    const inside = file.startsWith(root + path.sep)
    if (inside && fs.existsSync(file) && fs.statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
      res.end(fs.readFileSync(file))
    } else {
      res.writeHead(404, { 'content-type': TYPES['.html']! })
      res.end(fs.readFileSync(path.join(root, '404.html')))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
  }
}
