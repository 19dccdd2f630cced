/**
 * Facets: the filter groups of the Etalage, the values each initiative has in
 * them, and one pass over the items that both filters and counts. Several
 * values in one group combine with OR, groups combine with AND, and each
 * option's count is the number of results it would give under the other
 * groups' filters (as in Algolia's disjunctive faceting). National initiatives
 * match every province and gemeente.
 */
import type {Initiative} from '../feed/schema.js';
import {collator} from './sort.js';

export const FACET_GROUPS = ['audience', 'theme', 'lonelinessType', 'province', 'gemeente'] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];

/** Selected values per group; a missing or empty list does not filter. */
export type Filters = Partial<Record<FacetGroup, readonly string[]>>;

/** Counts per group and value. */
export type FacetCounts = Record<FacetGroup, Map<string, number>>;

const isArea = (group: FacetGroup) => group === 'province' || group === 'gemeente';

export function isFacetGroup(name: string): name is FacetGroup {
  return (FACET_GROUPS as readonly string[]).includes(name);
}

export function isNational(initiative: Initiative): boolean {
  return 'national' in initiative.area;
}

/** The field of an initiative that holds each group's values (the area groups: of its `area`). */
const FIELDS = {audience: 'audiences', theme: 'themes', lonelinessType: 'lonelinessTypes', province: 'provinces', gemeente: 'gemeenten'} as const;

/** The values an initiative has in a group (empty for the area groups when national). */
export function facetValues(initiative: Initiative, group: FacetGroup): readonly string[] {
  const holder = (isArea(group) ? initiative.area : initiative) as Partial<Record<(typeof FIELDS)[FacetGroup], readonly string[]>>;
  return holder[FIELDS[group]] ?? [];
}

/** An item prepared for faceting: its values per group as small numbers. */
export interface FacetItem {
  national: boolean;
  /** Per group (in `FACET_GROUPS` order), the indexes of its values in `FacetOptions`. */
  values: readonly (readonly number[])[];
}

/** Every value that occurs in the feed per group, sorted. */
export type FacetOptions = Record<FacetGroup, readonly string[]>;

/** Collects the options of every group and prepares each item; run once per feed. */
export function prepareFacets(initiatives: readonly Initiative[]): {options: FacetOptions; items: FacetItem[]} {
  const options = {} as Record<FacetGroup, string[]>;
  const lookup = FACET_GROUPS.map((group) => {
    const values = new Set<string>();
    for (const initiative of initiatives) for (const value of facetValues(initiative, group)) values.add(value);
    options[group] = [...values].sort(collator().compare);
    return new Map(options[group].map((value, index) => [value, index]));
  });
  const items = initiatives.map((initiative) => ({
    national: isNational(initiative),
    values: FACET_GROUPS.map((group, g) => facetValues(initiative, group).map((value) => lookup[g].get(value)!)),
  }));
  return {options, items};
}

/**
 * Filters the items and counts every option under the other groups' filters,
 * in one pass. `candidates` are the indexes of the items to consider, in order
 * (those the search found; all items when left out): others neither match nor
 * count. Returns the indexes of the matching items, in the same order.
 */
export function filterAndCount(
  items: readonly FacetItem[],
  options: FacetOptions,
  filters: Filters,
  candidates?: readonly number[],
): {matches: number[]; counts: FacetCounts} {
  const groups = FACET_GROUPS.length;
  const selected = FACET_GROUPS.map((group) => {
    const wanted = new Set(filters[group] ?? []);
    return wanted.size ? options[group].map((value) => wanted.has(value)) : undefined;
  });
  const tallies = FACET_GROUPS.map((group) => new Int32Array(options[group].length));
  const nationalTallies = new Int32Array(groups);
  const matches: number[] = [];

  const area = FACET_GROUPS.map(isArea);
  const tally = (item: FacetItem, g: number) => {
    const t = tallies[g];
    for (const v of item.values[g]) t[v]++;
    if (item.national && area[g]) nationalTallies[g]++;
  };

  const count = candidates ? candidates.length : items.length;
  for (let c = 0; c < count; c++) {
    const i = candidates ? candidates[c] : c;
    const item = items[i];
    let failed = -1;
    let failures = 0;
    for (let g = 0; g < groups && failures < 2; g++) {
      const wanted = selected[g];
      if (!wanted || (item.national && area[g])) continue;
      let hit = false;
      for (const v of item.values[g]) if (wanted[v]) hit = true;
      if (hit) continue;
      failed = g;
      failures++;
    }
    if (failures === 0) {
      matches.push(i);
      for (let g = 0; g < groups; g++) tally(item, g);
    } else if (failures === 1) {
      tally(item, failed);
    }
  }

  const counts = {} as FacetCounts;
  FACET_GROUPS.forEach((group, g) => {
    const map = new Map<string, number>();
    options[group].forEach((value, v) => map.set(value, tallies[g][v] + nationalTallies[g]));
    counts[group] = map;
  });
  return {matches, counts};
}
