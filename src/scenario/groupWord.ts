// `group: russia` is the first scenarios' word for the player's own tracks, whoever the player is
// (schema.ts). In a file whose player is not Russia it reads as "Russia's number" (Russia may even
// be one of its actors), and quietly makes the track the player's: so the loader warns of it there.
// A player whose id or name says Russia (`russian-federation`, "Russian Federation") is Russia.
import type { Problem } from './errors';
import type { Scenario } from './schema';

const isRussia = (word: string) => word.toLowerCase().includes('russia');

export function checkGroupWord(s: Scenario): Problem[] {
  if (isRussia(s.player.id) || isRussia(s.player.name)) return [];
  return s.tracks.flatMap((track, i): Problem[] =>
    track.group === 'russia'
      ? [{ path: ['tracks', i, 'group'], message: `"russia" here means the player's own track (${s.player.name}'s in this file), not Russia's: write group: player for a number of ${s.player.name}'s own, or group: world for a number of the world` }]
      : [],
  );
}
