/**
 * The venue search index (issue #4): everything that does not depend on the query is computed once,
 * so a keystroke only does string `includes` on precomputed folded keys, bit tests, and a haversine
 * on typed-array columns for the venues left.
 *
 *   const index = createVenueIndex(venues);
 *   const { indices, distances } = index.search({ text: 'st eti', filters: { fees: ['Gratuit'] }, origin, maxDistanceKm: 30 });
 *
 * Results are identical to `naiveSearch` (naive.ts), which the tests check on random data.
 */
import type { Venue } from '../model.js';
import { DEG_TO_RAD, haversineRad, indexWords, queryTokens } from './normalize.js';
import { FACET_FIELDS, frenchCollator, queryLimit, type FacetCounts, type FacetField, type SearchResult, type VenueQuery } from './types.js';

export * from './types.js';
export { foldText, haversineKm, indexWords, queryTokens, tokenize } from './normalize.js';

/** One filterable field: its values, a bitset of venues per value, and each venue's value ids (CSR). */
interface FieldColumn {
  values: string[];
  valueIds: Map<string, number>;
  /** bitsets[v]: bit i set when venue i has value v. */
  bitsets: Uint32Array[];
  /** Value ids of venue i: ids[offsets[i] .. offsets[i + 1]). */
  offsets: Uint32Array;
  ids: Uint16Array;
}

interface TextCache {
  mode: 'prefix' | 'substring';
  tokens: string[][];
  /** Venues matching the tokens; null when there is no token (all venues). */
  matches: Uint32Array | null;
}

export interface VenueIndex {
  readonly venues: readonly Venue[];
  readonly size: number;
  /** Folded search key of each venue: ` word word …` (leading space, one space between words). */
  readonly keys: readonly string[];
  /** WGS84 degrees; NaN when the venue has no position. */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** Values present in the data, per field, in first-seen order. */
  vocabulary(field: FacetField): readonly string[];
  search(query?: VenueQuery): SearchResult;
}

const words = (n: number) => new Uint32Array((n + 31) >>> 5);

/**
 * Builds the index of a venues array (a snapshot: rebuild it when the array or its venues change).
 * Result indices point into this array; the index keeps the matches of the last text query to narrow
 * the next keystroke, so one index per finder instance is the natural use (sharing it stays correct).
 */
export function createVenueIndex(venues: readonly Venue[]): VenueIndex {
  return new SearchIndex(venues);
}

class SearchIndex implements VenueIndex {
  readonly venues: readonly Venue[];
  readonly size: number;
  readonly keys: string[];
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  private readonly latRad: Float64Array;
  private readonly lonRad: Float64Array;
  private readonly cosLat: Float64Array;
  private readonly hasPosition: Uint8Array;
  private readonly itinerantCol: Uint8Array;
  /** Position of each venue in name order (French collation, then array position): unique. */
  private readonly nameRank: Uint32Array;
  /** nameOrder[rank] = venue index. */
  private readonly nameOrder: Uint32Array;
  private readonly fields: Record<FacetField, FieldColumn>;
  private readonly allIndices: Uint32Array;
  private textCache: TextCache | undefined;
  private filterCache: { key: string; bits: Uint32Array | null; empty: boolean } | undefined;
  /** Scratch column of distances, indexed by venue. */
  private readonly distScratch: Float64Array;

  constructor(venues: readonly Venue[]) {
    const n = venues.length;
    this.venues = venues;
    this.size = n;
    this.keys = new Array<string>(n);
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.latRad = new Float64Array(n);
    this.lonRad = new Float64Array(n);
    this.cosLat = new Float64Array(n);
    this.hasPosition = new Uint8Array(n);
    this.itinerantCol = new Uint8Array(n);
    this.distScratch = new Float64Array(n);
    this.allIndices = new Uint32Array(n);
    // Communes, postcodes (and often names) repeat: fold each distinct text once.
    const foldCache = new Map<string, string>();
    const folded = (text: unknown): string => {
      if (typeof text !== 'string') return '';
      let words = foldCache.get(text);
      if (words === undefined) {
        words = indexWords(text).join(' ');
        foldCache.set(text, words);
      }
      return words;
    };
    for (let i = 0; i < n; i += 1) {
      const v = venues[i]!;
      this.allIndices[i] = i;
      this.keys[i] = ' ' + [v.name, v.commune, v.postcode, v.address].map(folded).filter((w) => w !== '').join(' ');
      const p = v.position;
      if (p && Number.isFinite(p.lat) && Number.isFinite(p.lon)) {
        this.hasPosition[i] = 1;
        this.lat[i] = p.lat;
        this.lon[i] = p.lon;
        this.latRad[i] = p.lat * DEG_TO_RAD;
        this.lonRad[i] = p.lon * DEG_TO_RAD;
        this.cosLat[i] = Math.cos(this.latRad[i]!);
      } else {
        this.lat[i] = NaN;
        this.lon[i] = NaN;
      }
      this.itinerantCol[i] = v.itinerant ? 1 : 0;
    }
    // Name order: one collator sort at build time, so a keystroke compares integers.
    // Distinct names are sorted with the collator (names repeat: "Médiathèque", "France Services"…),
    // then venues by (rank of their name, position), which is a plain numeric sort.
    const nameIds = new Map<string, number>();
    const distinct: string[] = [];
    const nameId = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) {
      const name = typeof venues[i]!.name === 'string' ? venues[i]!.name : '';
      let id = nameIds.get(name);
      if (id === undefined) {
        id = distinct.length;
        distinct.push(name);
        nameIds.set(name, id);
      }
      nameId[i] = id;
    }
    const byName = Array.from(distinct.keys()).sort((a, b) => frenchCollator.compare(distinct[a]!, distinct[b]!));
    const nameGroup = new Uint32Array(distinct.length);
    byName.forEach((id, r) => {
      // names the collator deems equal share a group, so the position decides, as in the naive sort
      nameGroup[id] = r > 0 && frenchCollator.compare(distinct[byName[r - 1]!]!, distinct[id]!) === 0 ? nameGroup[byName[r - 1]!]! : r;
    });
    const keys = new Float64Array(n); // group * n + position: exact below 2^53
    for (let i = 0; i < n; i += 1) keys[i] = nameGroup[nameId[i]!]! * n + i;
    keys.sort();
    this.nameOrder = new Uint32Array(n);
    this.nameRank = new Uint32Array(n);
    for (let r = 0; r < n; r += 1) {
      const i = keys[r]! % n;
      this.nameOrder[r] = i;
      this.nameRank[i] = r;
    }

    this.fields = {} as Record<FacetField, FieldColumn>;
    for (const field of FACET_FIELDS) this.fields[field] = buildField(venues, field);
  }

  vocabulary(field: FacetField): readonly string[] {
    return this.fields[field].values;
  }

  search(query: VenueQuery = {}): SearchResult {
    const candidates = this.textMatches(query) ?? this.allIndices;
    const filter = this.filterBits(query);
    const masks = query.masks ?? [];
    const origin = query.origin && Number.isFinite(query.origin.lat) && Number.isFinite(query.origin.lon) ? query.origin : undefined;
    const maxKm = origin && query.maxDistanceKm !== undefined && !Number.isNaN(query.maxDistanceKm) ? query.maxDistanceKm : undefined;
    const sortByDistance = origin !== undefined && query.sort !== 'name';
    const oLat = origin ? origin.lat * DEG_TO_RAD : 0;
    const oLon = origin ? origin.lon * DEG_TO_RAD : 0;
    const oCos = Math.cos(oLat);
    const { hasPosition, latRad, lonRad, cosLat, distScratch: dist } = this;

    const located = new Uint32Array(candidates.length);
    let nLocated = 0;
    const unlocated: number[] = [];
    if (!filter.empty) {
      const bits = filter.bits;
      outer: for (let c = 0; c < candidates.length; c += 1) {
        const i = candidates[c]!;
        if (bits !== null && (bits[i >>> 5]! & (1 << (i & 31))) === 0) continue;
        for (let m = 0; m < masks.length; m += 1) if (!masks[m]![i]) continue outer;
        if (origin) {
          if (hasPosition[i]) {
            const d = haversineRad(oLat, oLon, oCos, latRad[i]!, lonRad[i]!, cosLat[i]!);
            if (maxKm !== undefined && !(d <= maxKm)) continue;
            dist[i] = d;
            located[nLocated++] = i;
          } else if (maxKm === undefined) {
            dist[i] = NaN;
            unlocated.push(i);
          }
        } else {
          located[nLocated++] = i;
        }
      }
    }

    const limit = queryLimit(query);
    const total = nLocated + unlocated.length;
    let indices: Uint32Array;
    if (sortByDistance) {
      const found = located.subarray(0, nLocated);
      // With a limit below the number of located venues, select the nearest ones instead of sorting all.
      const sorted = limit < nLocated ? this.nearest(found, limit) : this.sortByDistance(found);
      const restCount = Math.min(unlocated.length, limit - sorted.length);
      const rest = restCount > 0 ? this.sortByName(Uint32Array.from(unlocated)).subarray(0, restCount) : new Uint32Array(0);
      indices = new Uint32Array(sorted.length + rest.length);
      indices.set(sorted);
      indices.set(rest, sorted.length);
    } else {
      let all = located.subarray(0, nLocated);
      if (unlocated.length > 0) {
        all = new Uint32Array(nLocated + unlocated.length);
        all.set(located.subarray(0, nLocated));
        all.set(unlocated, nLocated);
      }
      // Name order is a native sort of integers (ranks): cheap enough to sort all, then cut.
      indices = this.sortByName(all);
      if (limit < indices.length) indices = indices.slice(0, limit);
    }

    const result: SearchResult = { indices, total };
    if (origin) {
      const distances = new Float64Array(indices.length);
      for (let k = 0; k < indices.length; k += 1) distances[k] = dist[indices[k]!]!;
      result.distances = distances;
    }
    if (query.facets) result.facets = this.facetCounts(query, candidates, masks, origin ? { oLat, oLon, oCos, maxKm } : undefined);
    return result;
  }

  /** Venues whose key contains every query token; reuses the previous keystroke's matches when the query only grew. */
  private textMatches(query: VenueQuery): Uint32Array | null {
    const mode = query.textMode ?? 'prefix';
    const tokens = queryTokens(query.text);
    const cache = this.textCache;
    if (cache && cache.mode === mode && sameTokens(cache.tokens, tokens)) return cache.matches;
    if (tokens.length === 0) {
      this.textCache = { mode, tokens, matches: null };
      return null;
    }
    // A query that extends the previous one (each old word is a prefix of the new word at the same
    // place, words may be added) can only match a subset of the previous matches.
    const from = cache && cache.matches !== null && cache.mode === mode && refines(cache.tokens, tokens) ? cache.matches : this.allIndices;
    const patterns = tokens.map((alts) => (mode === 'prefix' ? alts.map((a) => ' ' + a) : alts));
    const keys = this.keys;
    const out = new Uint32Array(from.length);
    let count = 0;
    for (let c = 0; c < from.length; c += 1) {
      const i = from[c]!;
      const key = keys[i]!;
      let ok = true;
      for (let t = 0; t < patterns.length && ok; t += 1) {
        const alts = patterns[t]!;
        ok = key.includes(alts[0]!) || (alts.length > 1 && alts.slice(1).some((a) => key.includes(a)));
      }
      if (ok) out[count++] = i;
    }
    const matches = out.slice(0, count);
    this.textCache = { mode, tokens, matches };
    return matches;
  }

  /** The venues having at least one of `values` in `field`, as a bitset (a value absent from the data matches nothing). */
  private fieldUnion(field: FacetField, values: readonly string[]): Uint32Array {
    const column = this.fields[field];
    const union = words(this.size);
    for (const value of values) {
      const id = column.valueIds.get(value);
      if (id === undefined) continue;
      const b = column.bitsets[id]!;
      for (let w = 0; w < union.length; w += 1) union[w]! |= b[w]!;
    }
    return union;
  }

  /** AND over fields of (OR over the field's selected values), and the itinerance condition, as one bitset (cached). */
  private filterBits(query: VenueQuery): { bits: Uint32Array | null; empty: boolean } {
    const selected = selectedFields(query);
    const key = JSON.stringify([selected, query.itinerant ?? null]);
    if (this.filterCache?.key === key) return this.filterCache;
    let bits: Uint32Array | null = null;
    let empty = false;
    for (const [field, values] of selected) {
      const union = this.fieldUnion(field, values);
      if (bits === null) bits = union;
      else for (let w = 0; w < bits.length; w += 1) bits[w]! &= union[w]!;
    }
    if (query.itinerant !== undefined) {
      const want = query.itinerant ? 1 : 0;
      const it = words(this.size);
      for (let i = 0; i < this.size; i += 1) if (this.itinerantCol[i] === want) it[i >>> 5]! |= 1 << (i & 31);
      if (bits === null) bits = it;
      else for (let w = 0; w < bits.length; w += 1) bits[w]! &= it[w]!;
    }
    if (bits !== null) empty = bits.every((w) => w === 0);
    this.filterCache = { key, bits, empty };
    return this.filterCache;
  }

  private sortByName(indices: Uint32Array): Uint32Array {
    const ranks = new Uint32Array(indices.length);
    for (let k = 0; k < indices.length; k += 1) ranks[k] = this.nameRank[indices[k]!]!;
    ranks.sort(); // numeric, native
    for (let k = 0; k < ranks.length; k += 1) ranks[k] = this.nameOrder[ranks[k]!]!;
    return ranks;
  }

  /** By distance (this.distScratch), then by name rank: numbers only, no collator on a keystroke. */
  private sortByDistance(indices: Uint32Array): Uint32Array {
    const dist = this.distScratch;
    const rank = this.nameRank;
    return indices.slice().sort((a, b) => dist[a]! - dist[b]! || rank[a]! - rank[b]!);
  }

  /**
   * The `n` nearest of `indices` (n < length), nearest first, ties by name rank: a bounded
   * max-heap whose root is the farthest venue kept, so most candidates cost one comparison.
   * O(length · log n) instead of O(length · log length) for a full sort.
   */
  private nearest(indices: Uint32Array, n: number): Uint32Array {
    const dist = this.distScratch;
    const rank = this.nameRank;
    const heap = new Uint32Array(n);
    if (n === 0) return heap;
    let size = 0;
    for (let c = 0; c < indices.length; c += 1) {
      const i = indices[c]!;
      const di = dist[i]!;
      const ri = rank[i]!;
      if (size < n) {
        // sift up: move farther parents down
        let k = size++;
        while (k > 0) {
          const p = (k - 1) >>> 1;
          const pi = heap[p]!;
          if (dist[pi]! > di || (dist[pi]! === di && rank[pi]! > ri)) break;
          heap[k] = pi;
          k = p;
        }
        heap[k] = i;
        continue;
      }
      const top = heap[0]!;
      if (di > dist[top]! || (di === dist[top]! && ri > rank[top]!)) continue; // farther than every venue kept
      // replace the root, sift down: move farther children up
      let k = 0;
      for (;;) {
        let child = 2 * k + 1;
        if (child >= n) break;
        const right = child + 1;
        if (right < n && (dist[heap[right]!]! > dist[heap[child]!]! || (dist[heap[right]!]! === dist[heap[child]!]! && rank[heap[right]!]! > rank[heap[child]!]!))) child = right;
        const ci = heap[child]!;
        if (dist[ci]! < di || (dist[ci]! === di && rank[ci]! < ri)) break;
        heap[k] = ci;
        k = child;
      }
      heap[k] = i;
    }
    return heap.sort((a, b) => dist[a]! - dist[b]! || rank[a]! - rank[b]!);
  }

  private facetCounts(
    query: VenueQuery,
    candidates: Uint32Array,
    masks: readonly Uint8Array[],
    geo: { oLat: number; oLon: number; oCos: number; maxKm: number | undefined } | undefined,
  ): FacetCounts {
    // Each condition (a selected field, the itinerance) is tested per venue; a venue counts for field F
    // when it passes every condition except possibly F's own.
    const selected = selectedFields(query);
    const conditions: Uint32Array[] = selected.map(([field, values]) => this.fieldUnion(field, values));
    const itinerantCondition = query.itinerant;
    const counts = {} as Record<FacetField, Uint32Array>;
    for (const field of FACET_FIELDS) counts[field] = new Uint32Array(this.fields[field].values.length);
    const itinerantCounts = [0, 0];
    const fieldSlot = new Map(selected.map(([field], k) => [field, k]));
    const itinerantSlot = selected.length;
    const { hasPosition, latRad, lonRad, cosLat } = this;

    outer: for (let c = 0; c < candidates.length; c += 1) {
      const i = candidates[c]!;
      for (let m = 0; m < masks.length; m += 1) if (!masks[m]![i]) continue outer;
      if (geo && geo.maxKm !== undefined) {
        if (!hasPosition[i]) continue;
        const d = haversineRad(geo.oLat, geo.oLon, geo.oCos, latRad[i]!, lonRad[i]!, cosLat[i]!);
        if (!(d <= geo.maxKm)) continue;
      }
      let failed = -1;
      let failures = 0;
      const word = i >>> 5;
      const bit = 1 << (i & 31);
      for (let k = 0; k < conditions.length; k += 1) {
        if ((conditions[k]![word]! & bit) === 0) {
          failures += 1;
          failed = k;
        }
      }
      if (itinerantCondition !== undefined && (this.itinerantCol[i] === 1) !== itinerantCondition) {
        failures += 1;
        failed = itinerantSlot;
      }
      if (failures > 1) continue;
      for (const field of FACET_FIELDS) {
        if (failures === 1 && fieldSlot.get(field) !== failed) continue;
        const column = this.fields[field];
        const target = counts[field];
        for (let p = column.offsets[i]!; p < column.offsets[i + 1]!; p += 1) target[column.ids[p]!]! += 1;
      }
      if (failures === 0 || failed === itinerantSlot) itinerantCounts[this.itinerantCol[i]!]! += 1;
    }

    const fields = {} as FacetCounts['fields'];
    for (const field of FACET_FIELDS) {
      const values = this.fields[field].values;
      const record: Record<string, number> = {};
      values.forEach((value, id) => { record[value] = counts[field][id]!; });
      fields[field] = record;
    }
    return { fields, itinerant: { itinerant: itinerantCounts[1]!, fixed: itinerantCounts[0]! } };
  }
}

function buildField(venues: readonly Venue[], field: FacetField): FieldColumn {
  const n = venues.length;
  const values: string[] = [];
  const valueIds = new Map<string, number>();
  const bitsets: Uint32Array[] = [];
  const offsets = new Uint32Array(n + 1);
  const idList: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const list = venues[i]![field];
    const start = idList.length;
    if (Array.isArray(list)) {
      for (let k = 0; k < list.length; k += 1) {
        const value: unknown = list[k];
        if (typeof value !== 'string') continue;
        let id = valueIds.get(value);
        if (id === undefined) {
          id = values.length;
          values.push(value);
          valueIds.set(value, id);
          bitsets.push(words(n));
        }
        let duplicate = false;
        for (let p = start; p < idList.length && !duplicate; p += 1) duplicate = idList[p] === id;
        if (duplicate) continue;
        idList.push(id);
        bitsets[id]![i >>> 5]! |= 1 << (i & 31);
      }
    }
    offsets[i + 1] = idList.length;
  }
  return { values, valueIds, bitsets, offsets, ids: Uint16Array.from(idList) };
}

/** The fields with at least one selected value, in FACET_FIELDS order, values deduplicated and sorted (a stable cache key). */
function selectedFields(query: VenueQuery): [FacetField, string[]][] {
  const out: [FacetField, string[]][] = [];
  const filters = query.filters;
  if (!filters) return out;
  for (const field of FACET_FIELDS) {
    const values = filters[field];
    if (!Array.isArray(values) || values.length === 0) continue;
    out.push([field, [...new Set(values.filter((v): v is string => typeof v === 'string'))].sort()]);
  }
  return out;
}

function sameTokens(a: string[][], b: string[][]): boolean {
  return a.length === b.length && a.every((alts, k) => alts[0] === b[k]![0]);
}

function refines(previous: string[][], next: string[][]): boolean {
  return next.length >= previous.length && previous.every((alts, k) => next[k]![0]!.startsWith(alts[0]!));
}
