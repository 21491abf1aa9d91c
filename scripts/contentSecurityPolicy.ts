// Vite plugin: the Content-Security-Policy as the first element of every built page's <head>, so
// it governs everything after it even on a host that sends no headers. Build only: the dev server
// injects inline scripts of its own (hot reload) that the policy would block.
import type { Plugin } from 'vite';
import { metaPolicy } from './securityPolicy.ts';

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'pivot-east:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy() }, injectTo: 'head-prepend' }],
    },
  };
}
