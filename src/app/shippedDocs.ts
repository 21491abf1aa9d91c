// The teachers' reference pages the build ships beside the game as docs/NAME.txt (scripts/shippedDocs.ts)
// and the editor links to (src/ui/editor/docLink.ts): their names in docs/, without .md. No imports,
// so that the build's config can read it too.
export const SHIPPED_DOCS = ['scenario-format', 'editor', 'balance'] as const;
export type ShippedDoc = (typeof SHIPPED_DOCS)[number];
