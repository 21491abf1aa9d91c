// Modules made at build time by Vite plugins (typed where they are used).

/** scripts/shippedScenarios.ts; typed in src/app/browser/scenarios.ts. */
declare module 'virtual:shipped-scenarios' {
  export const SHIPPED: readonly unknown[];
}
