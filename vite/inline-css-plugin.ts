import type { Plugin, Rolldown } from 'vite'

/**
 * The first paint needs nothing but index.html: its one stylesheet (cssCodeSplit is off) becomes a `<style>`
 * in the HTML, where the `<link>` was, and the file leaves the build. Without it, the prerendered plan waited
 * a round trip for the stylesheet, sharing the connection with the startup script. The entry's module script
 * stays before it in `<head>`, so its download starts as early as before. The CSP allows the style element by
 * its hash (vite/csp-plugin.ts, which runs after this). Measured: docs/DECISIONS.md, "Inline stylesheet".
 * Build only: the dev server serves the CSS as a module, for hot reload.
 */
export const inlineStylesheet = (): Plugin => ({
  name: 'spotter-inline-css',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) => {
      if (!context.bundle) throw new Error('inline-css: no bundle (build only)')
      return inlineStylesheets(html, context.bundle)
    },
  },
})

const STYLESHEET = /<link\b[^>]*\srel="stylesheet"[^>]*>/gi

/** Each `<link rel="stylesheet">` to a file of this build, replaced by a `<style>` with its text. */
function inlineStylesheets(html: string, bundle: Rolldown.OutputBundle): string {
  return html.replace(STYLESHEET, (tag) => {
    const href = tag.match(/\bhref="([^"]+)"/)?.[1]
    const asset = Object.values(bundle).find(
      (output) => output.type === 'asset' && href?.endsWith(`/${output.fileName}`),
    )
    if (asset?.type !== 'asset') throw new Error(`inline-css: ${tag} is not a stylesheet of this build`)
    const css = String(asset.source)
    if (/<\/style/i.test(css)) throw new Error('inline-css: the stylesheet holds "</style"')
    delete bundle[asset.fileName]
    return `<style>${css}</style>`
  })
}
