// zod, configured once for every schema of the game: jitless. Its default compiles a faster
// object parser with `new Function`, and even its caught probe for that is reported as a violation
// of the page's Content-Security-Policy (no eval). The setting is read when a schema is built, so
// every module that builds schemas imports `z` from here, never from 'zod' directly.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
