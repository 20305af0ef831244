import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/**
 * A strict Content-Security-Policy for the built app: nothing from another origin, and no inline script or
 * style element but those index.html itself holds, each allowed by its hash.
 * Build only: Vite's dev server injects an inline script for hot reload.
 */
const policyAllowing = (scriptSources: readonly string[], styleSources: readonly string[]) =>
  [
    "default-src 'self'",
    ["script-src 'self'", ...scriptSources].join(' '),
    ["style-src 'self'", ...styleSources].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')

/**
 * The CSP source that allows one inline script or style element, by the SHA-256 of its text as the browser
 * has it: the HTML parser turns CRLF and CR line ends into LF (a Windows checkout of index.html).
 */
const hashSource = (text: string) =>
  `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`

/** The text of each inline (no `src`) script in an HTML document. */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1] ?? '')

/** The text of each `<style>` element in an HTML document (the stylesheet vite/inline-css-plugin.ts inlines). */
const inlineStyles = (html: string) =>
  [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1] ?? '')

export const contentSecurityPolicy = (): Plugin => ({
  name: 'spotter-csp',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    // Right after the charset, before any script or stylesheet.
    handler: (html) => {
      const policy = policyAllowing(inlineScripts(html).map(hashSource), inlineStyles(html).map(hashSource))
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      )
    },
  },
})

/**
 * Headers every host should send (README, "Hosting"; public/_headers ships them for Netlify and Cloudflare
 * Pages). `frame-ancestors` only works as a header, never in the CSP meta tag above: no other site may frame
 * the app (a framed Delete or Import button could be clicked through a disguise).
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}
