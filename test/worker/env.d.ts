// Types for the worker test project: the bindings vitest.config.ts adds, and the worker's exports
// for `exports.default.fetch` (what `wrangler types` would write as GlobalProps).
declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
  interface GlobalProps {
    mainModule: typeof import('../../worker/index.ts');
  }
}

// Vite's `?raw` imports: the file's text.
declare module '*?raw' {
  const text: string;
  export default text;
}
