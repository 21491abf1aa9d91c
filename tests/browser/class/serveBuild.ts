// The class server serving a build of the game from a folder, as `npm run serve` serves dist/: the
// browser tests' build is in a temporary folder. Run as its own process:
//   node --import tsx tests/browser/class/serveBuild.ts DIST_DIR DATA_DIR
import { startClassServer } from '../../../src/server/classServer';

const [distDir, dataDir] = process.argv.slice(2);
if (!distDir || !dataDir) {
  console.error('usage: serveBuild.ts DIST_DIR DATA_DIR');
  process.exit(2);
}
const server = await startClassServer({ port: 0, dataDir, distDir });
// The same line as src/server/main.ts: the test waits for it.
console.log(`Pivot East class server listening on http://localhost:${server.port}/`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
