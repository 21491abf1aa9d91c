// Country and sea names printed on the map, listed by importance: the layout drops any that
// would collide with a marker or an earlier name. Positions are chosen in open land or sea,
// away from the capitals where actor markers usually sit. A map computed for a scenario elsewhere
// takes the seas from here, and names its countries over what shows of them (countryNames.ts).

export interface MapLabelSpec {
  text: string;
  lon: number;
  lat: number;
  kind: 'country' | 'sea';
  /** 1 = large and placed first, 3 = small and dropped first. */
  rank: 1 | 2 | 3;
  /** Only on maps made for a scenario: the prepared East Asia map's geography stops short of it. */
  elsewhere?: true;
}

export const MAP_LABELS: readonly MapLabelSpec[] = [
  { text: 'Russia', lon: 122, lat: 63.5, kind: 'country', rank: 1 },
  { text: 'China', lon: 103, lat: 33.5, kind: 'country', rank: 1 },
  { text: 'Mongolia', lon: 103.5, lat: 46.6, kind: 'country', rank: 2 },
  { text: 'Pacific Ocean', lon: 158, lat: 22, kind: 'sea', rank: 1 },
  { text: 'South China\nSea', lon: 114, lat: 14.5, kind: 'sea', rank: 1 },
  { text: 'Indonesia', lon: 118.5, lat: -4.2, kind: 'country', rank: 2 },
  { text: 'India', lon: 79, lat: 22, kind: 'country', rank: 2 },
  { text: 'Kazakhstan', lon: 70, lat: 48, kind: 'country', rank: 2 },
  { text: 'Sea of Okhotsk', lon: 149.5, lat: 54.5, kind: 'sea', rank: 2 },
  { text: 'Sea of Japan\n(East Sea)', lon: 134.5, lat: 40.2, kind: 'sea', rank: 2 },
  { text: 'East China\nSea', lon: 125.5, lat: 29, kind: 'sea', rank: 2 },
  { text: 'Philippine Sea', lon: 133, lat: 18, kind: 'sea', rank: 2 },
  { text: 'Indian Ocean', lon: 88, lat: 0, kind: 'sea', rank: 2 },
  { text: 'Japan', lon: 137.8, lat: 36.4, kind: 'country', rank: 3 },
  { text: 'Philippines', lon: 122.3, lat: 11.5, kind: 'country', rank: 3 },
  { text: 'Vietnam', lon: 105.4, lat: 20.2, kind: 'country', rank: 3 },
  { text: 'Thailand', lon: 101.2, lat: 15.5, kind: 'country', rank: 3 },
  { text: 'Myanmar', lon: 96, lat: 21.5, kind: 'country', rank: 3 },
  { text: 'Malaysia', lon: 102.2, lat: 4.2, kind: 'country', rank: 3 },
  { text: 'Yellow Sea', lon: 123.3, lat: 35.6, kind: 'sea', rank: 3 },
  { text: 'Bay of Bengal', lon: 88.5, lat: 15, kind: 'sea', rank: 3 },
  { text: 'Java Sea', lon: 111, lat: -5, kind: 'sea', rank: 3 },
  { text: 'Bering Sea', lon: 178, lat: 58, kind: 'sea', rank: 3 },
  // For maps made for scenarios elsewhere.
  { text: 'Arctic Ocean', lon: 0, lat: 87, kind: 'sea', rank: 1, elsewhere: true },
  { text: 'Mediterranean Sea', lon: 18, lat: 34.5, kind: 'sea', rank: 2, elsewhere: true },
  { text: 'Black Sea', lon: 34.5, lat: 43.3, kind: 'sea', rank: 3, elsewhere: true },
  { text: 'Caspian\nSea', lon: 51, lat: 41.5, kind: 'sea', rank: 3, elsewhere: true },
  { text: 'Atlantic Ocean', lon: -30, lat: 40, kind: 'sea', rank: 1, elsewhere: true },
];
