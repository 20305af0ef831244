// The JavaScript a build's index.html loads at startup: its script src and modulepreload links,
// not the chunks it imports lazily. Shared by the benchmark and the CI size budget (scripts/check-size.mjs).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TAG = /<(script|link)\b[^>]*>/gi
const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`, 'i'))?.[2]

/** The local URLs of the scripts and modulepreloads in an HTML document, in document order. */
export function startupScriptUrls(html) {
  const urls = []
  for (const [tag, name] of html.matchAll(TAG)) {
    const url =
      name.toLowerCase() === 'script'
        ? attribute(tag, 'src')
        : attribute(tag, 'rel')?.toLowerCase() === 'modulepreload'
          ? attribute(tag, 'href')
          : undefined
    if (url && !/^[a-z]+:|^\/\//i.test(url)) urls.push(url)
  }
  return [...new Set(urls)]
}

const brotli = (buffer) =>
  brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length

/** A file's size as served: raw, gzip level 9 and brotli at max quality, in bytes. */
export function sizesOf(buffer) {
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, brotli: brotli(buffer) }
}

/** The text of the inline scripts (no `src`) in an HTML document, joined. */
const inlineScriptText = (html) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1]).join('\n')

/** Files' sizes, and their totals. */
function withTotals(files) {
  const total = (key) => files.reduce((sum, file) => sum + file[key], 0)
  return { files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') }
}

/** Sizes of the files at these URLs of the build in `dist`, and their totals. */
export function scriptSizes(dist, urls, base = process.env.BASE_PATH ?? '/') {
  const files = urls.map((url) => {
    const path = join(dist, url.startsWith(base) ? url.slice(base.length) : url)
    if (!existsSync(path)) throw new Error(`${url} was loaded, but ${path} does not exist`)
    return { url, ...sizesOf(readFileSync(path)) }
  })
  return withTotals(files)
}

/**
 * The startup JavaScript of the build in `dist`: the files index.html loads (each file's sizes), and the
 * text of its inline scripts, counted as one more file; and their totals.
 * `base` is the build's public base path (BASE_PATH), which the URLs in index.html start with.
 */
export function initialJs(dist, base = process.env.BASE_PATH ?? '/') {
  const indexHtml = join(dist, 'index.html')
  if (!existsSync(indexHtml)) throw new Error(`${indexHtml} is missing: build first (npx vite build)`)
  const html = readFileSync(indexHtml, 'utf8')
  const urls = startupScriptUrls(html)
  if (urls.length === 0) throw new Error(`${indexHtml} loads no script: not a Vite build?`)
  const { files } = scriptSizes(dist, urls, base)
  const inline = inlineScriptText(html)
  if (inline) files.push({ url: '(inline scripts in index.html)', ...sizesOf(Buffer.from(inline)) })
  return withTotals(files)
}
