// The page's Content-Security-Policy and the other security headers, in one place: the build puts
// the policy in every page as a <meta> (a static host may send no headers at all), `vite preview`
// sends it and the rest as headers, and docs/hosting.md explains each for a real host.

/**
 * What the page may load and run. Everything comes from the page's own origin; no inline script,
 * no eval (zod runs jitless, see src/scenario/zod.ts), no inline style attributes.
 * - img-src data: blob: — Phaser makes its built-in textures from data: URLs and decodes images
 *   through blob: URLs.
 * - worker-src 'self' — the bot games run in a module worker built as its own file.
 * - form-action 'none' — the page has no forms that submit anywhere.
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/**
 * Directives a <meta> cannot carry (browsers ignore them there): a host must send them as a header.
 * frame-ancestors 'self' — no other site may frame the game (clickjacking).
 */
export const HEADER_ONLY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'self'"],
};

const serialise = (policy: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');

/** The policy as the built pages carry it in <meta http-equiv="Content-Security-Policy">. */
export const metaPolicy = (): string => serialise(CONTENT_SECURITY_POLICY);

/** The headers a host should send with the game's files (docs/hosting.md says why each). */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': serialise({ ...CONTENT_SECURITY_POLICY, ...HEADER_ONLY_POLICY }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
