/**
 * Groups the (filtered) partners for the list view: by sector, in the order of
 * the coalition's document, or by province, with the partners that have no
 * location (or lie outside the provinces) in a group of their own at the end.
 * Within a group partners are sorted by name, Dutch-style.
 */
import type {Partner, Sector} from '../feed/schema.js';
import {PROVINCES, SECTORS} from '../feed/vocabulary.js';
import {dutchCollator} from '../i18n/format.js';

export type Province = (typeof PROVINCES)[number];
export type GroupBy = 'sector' | 'province';

/** The key of the group for partners without a province. */
export const NO_PROVINCE = 'none';

export interface PartnerGroup {
  /** A sector, a province or `NO_PROVINCE`. */
  key: Sector | Province | typeof NO_PROVINCE;
  partners: Partner[];
}

/** Sorts partners by name (a copy). */
export function sortByName(partners: readonly Partner[]): Partner[] {
  return [...partners].sort((a, b) => dutchCollator().compare(a.name, b.name));
}

export function isGroupBy(value: unknown): value is GroupBy {
  return value === 'sector' || value === 'province';
}

/**
 * Groups partners; empty groups are left out. `provinceOf` gives the province
 * of a partner's location (see `province.ts`); without it every partner lands in
 * the `NO_PROVINCE` group when grouping by province.
 */
export function groupPartners(
  partners: readonly Partner[],
  by: GroupBy,
  provinceOf?: (lat: number, lon: number) => Province | undefined,
): PartnerGroup[] {
  const keys: PartnerGroup['key'][] = by === 'sector' ? [...SECTORS] : [...PROVINCES, NO_PROVINCE];
  const buckets = new Map<PartnerGroup['key'], Partner[]>(keys.map((key) => [key, []]));
  for (const partner of sortByName(partners)) {
    let key: PartnerGroup['key'];
    if (by === 'sector') key = partner.sector;
    else {
      const location = partner.location;
      key = (location && provinceOf?.(location.lat, location.lon)) || NO_PROVINCE;
    }
    buckets.get(key)!.push(partner);
  }
  return keys.map((key) => ({key, partners: buckets.get(key)!})).filter((group) => group.partners.length > 0);
}

/** Splits partners into those with a location (on the map) and those without. */
export function splitByLocation(partners: readonly Partner[]): {located: Partner[]; unlocated: Partner[]} {
  const located: Partner[] = [];
  const unlocated: Partner[] = [];
  for (const partner of partners) (partner.location ? located : unlocated).push(partner);
  return {located, unlocated};
}
