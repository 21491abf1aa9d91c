// Loads the map built by scripts/build-map.ts. The JSON is bundled with the code (no fetch
// before the first frame) and checked once against the projection the board places points with.
import raw from '../../../assets/map/east-asia.json';
import { MAP_FORMAT, matchesFrame, type MapData } from './mapData';
import { INSET_FRAME, MAIN_FRAME } from './projection';

let checked: MapData | null = null;

export function loadMapData(): MapData {
  if (checked) return checked;
  const data = raw as unknown as MapData;
  if (data.format !== MAP_FORMAT) throw new Error(`board: assets/map/east-asia.json has format "${String(data.format)}", expected "${MAP_FORMAT}"`);
  if (!matchesFrame(data.main, MAIN_FRAME) || !matchesFrame(data.inset, INSET_FRAME)) {
    throw new Error('board: assets/map/east-asia.json was built for another projection; run `npx tsx scripts/build-map.ts`');
  }
  checked = data;
  return data;
}
