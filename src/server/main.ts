// `npm run serve -- [--port 2567] [--data DIR] [--redis URL --public-address HOST:PORT] [--behind-proxy] [--dist DIR | --no-static] [--hosts-per-hour 30] [--max-games 200] [--idle-minutes 60]`:
// the built game and the class server in one process (docs/class-server.md). Builds the game
// first if dist/ is missing; a build named with --dist is served as it is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startClassServer } from './classServer';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = 'usage: npm run serve -- [--port 2567] [--data DIR] [--redis redis://host:6379 --public-address HOST:PORT] [--behind-proxy] [--dist DIR | --no-static] [--hosts-per-hour 30] [--max-games 200] [--idle-minutes 60]';

interface Args {
  port: number;
  data: string;
  redis?: string;
  publicAddress?: string;
  behindProxy: boolean;
  serveGame: boolean;
  dist?: string;
  hostsPerHour?: number;
  maxGames?: number;
  idleMinutes?: number;
}

function readArgs(argv: string[]): Args {
  const args: Args = { port: 2567, data: resolve('class-data'), behindProxy: false, serveGame: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--port') {
      args.port = Number(value());
      if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`--port: a port number from 0 to 65535\n${USAGE}`);
    } else if (flag === '--data') args.data = resolve(value());
    else if (flag === '--redis') args.redis = value();
    else if (flag === '--public-address') args.publicAddress = value();
    else if (flag === '--behind-proxy') args.behindProxy = true;
    else if (flag === '--no-static') args.serveGame = false;
    else if (flag === '--dist') args.dist = resolve(value());
    else if (flag === '--hosts-per-hour') args.hostsPerHour = positive(flag, value(), true);
    else if (flag === '--max-games') args.maxGames = positive(flag, value(), true);
    else if (flag === '--idle-minutes') args.idleMinutes = positive(flag, value(), false);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  if (args.dist !== undefined && !args.serveGame) throw new Error(`--dist serves a build and --no-static serves none: give one of them\n${USAGE}`);
  return args;
}

/** A number above 0 (a whole one where `whole`), or a refusal with the usage. */
function positive(flag: string, text: string, whole: boolean): number {
  const n = Number(text);
  if (!(n > 0) || !Number.isFinite(n) || (whole && !Number.isInteger(n))) throw new Error(`${flag}: ${whole ? 'a whole number' : 'a number'} above 0\n${USAGE}`);
  return n;
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const dist = args.dist ?? resolve(ROOT, 'dist');
  // A build named with --dist is not ours to make: a folder without the game is a mistake.
  if (args.dist !== undefined && !existsSync(resolve(dist, 'index.html'))) throw new Error(`--dist ${dist}: there is no built game there (no index.html); build one with: npm run build -- --outDir ${dist}`);
  if (args.serveGame && !existsSync(resolve(dist, 'index.html'))) {
    console.log('dist/ is missing: building the game first (npm run build)…');
    const built = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed');
  }
  const server = await startClassServer({ port: args.port, dataDir: args.data, distDir: args.serveGame ? dist : null, redisUrl: args.redis, publicAddress: args.publicAddress, behindProxy: args.behindProxy, hostsPerHour: args.hostsPerHour, maxGames: args.maxGames, idleMinutes: args.idleMinutes });
  const restored = server.restored.length > 0 ? `; brought back ${server.restored.length} open game(s)` : '';
  // Tests and scripts wait for this line.
  console.log(`Pivot East class server listening on http://localhost:${server.port}/ (data: ${args.data}${args.redis ? `, redis: ${args.redis}` : ''})${restored}`);
  // A join link made at localhost opens on this computer only: the students need its network address.
  const addresses = networkAddresses();
  if (args.serveGame && addresses.length > 0) console.log(`Students' devices open it at ${addresses.map((a) => `http://${a}:${server.port}/`).join(' or ')} (open the game there too, so that its join links work)`);
}

/** This computer's IPv4 addresses on its networks (not the loopback). */
function networkAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
