import type { Plugin } from 'vite'

/**
 * A strict Content-Security-Policy for the built app: no inline scripts, nothing from another origin.
 * Build only: Vite's dev server injects an inline script for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

export const contentSecurityPolicy = (): Plugin => ({
  name: 'spotter-csp',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    // Right after the charset, before any script or stylesheet.
    handler: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
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
