/**
 * Filtering the partners: by sector, working group, core team and a name search,
 * with a count per option. Several sectors (or working groups) combine with OR,
 * the groups combine with AND, and each option's count is the number of partners
 * it would give under the other filters (disjunctive faceting), so a visitor sees
 * what a click would add. Names are normalised once per feed (`preparePartners`);
 * a keystroke only runs `String.includes` over the prepared texts.
 */
import {queryWords, searchWords} from '../i18n/search-text.js';
import type {Partner, Sector, Workgroup} from '../feed/schema.js';
import {SECTORS, WORKGROUPS} from '../feed/vocabulary.js';

/** What the visitor filters on. Empty lists and `false` do not filter. */
export interface PartnerFilters {
  sectors: readonly Sector[];
  workgroups: readonly Workgroup[];
  coreTeam: boolean;
  query: string;
}

export const NO_FILTERS: PartnerFilters = {sectors: [], workgroups: [], coreTeam: false, query: ''};

/** A partner prepared for filtering. */
export interface PreparedPartner {
  partner: Partner;
  /** The normalised name (and place), each word preceded by a space. */
  text: string;
}

/** Counts per option under the other filters, and the total of matches. */
export interface PartnerCounts {
  sectors: Record<Sector, number>;
  workgroups: Record<Workgroup, number>;
  coreTeam: number;
  total: number;
}


/** The distinct normalised words of a search query. */
export const queryTokens = queryWords;

/** Prepares the partners once per feed: the searchable text of each. */
export function preparePartners(partners: readonly Partner[]): PreparedPartner[] {
  return partners.map((partner) => ({
    partner,
    text: ` ${searchWords(`${partner.name} ${partner.location?.place ?? ''}`).join(' ')} `,
  }));
}

/** Parses a `sector` preset attribute: known sectors separated by commas or spaces. */
export function parseSectors(value: string | null | undefined): Sector[] {
  if (!value) return [];
  const known = new Set<string>(SECTORS);
  return [...new Set(value.split(/[\s,]+/).filter((s): s is Sector => known.has(s)))];
}

/** Parses a `workgroup` preset attribute: `2` or `1,3`. */
export function parseWorkgroups(value: string | number | null | undefined): Workgroup[] {
  if (value === null || value === undefined || value === '') return [];
  const known = new Set<number>(WORKGROUPS);
  return [
    ...new Set(
      String(value)
        .split(/[\s,]+/)
        .map(Number)
        .filter((n): n is Workgroup => known.has(n)),
    ),
  ];
}

function zeroCounts(): PartnerCounts {
  return {
    sectors: Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>,
    workgroups: {1: 0, 2: 0, 3: 0, 4: 0},
    coreTeam: 0,
    total: 0,
  };
}

/**
 * Filters the prepared partners (keeping their order) and counts every option
 * under the other filters, in one pass.
 */
export function filterPartners(
  items: readonly PreparedPartner[],
  filters: PartnerFilters,
): {matches: Partner[]; counts: PartnerCounts} {
  const tokens = queryTokens(filters.query);
  const sectors = new Set(filters.sectors);
  const workgroups = new Set(filters.workgroups);
  const counts = zeroCounts();
  const matches: Partner[] = [];
  outer: for (const {partner, text} of items) {
    for (const token of tokens) if (!text.includes(` ${token}`)) continue outer;
    const sectorOk = sectors.size === 0 || sectors.has(partner.sector);
    const groups = partner.workgroups ?? [];
    let workgroupOk = workgroups.size === 0;
    for (const group of groups) if (workgroups.has(group)) workgroupOk = true;
    const coreOk = !filters.coreTeam || partner.coreTeam === true;
    if (workgroupOk && coreOk) counts.sectors[partner.sector]++;
    if (sectorOk && coreOk) for (const group of new Set(groups)) counts.workgroups[group]++;
    if (sectorOk && workgroupOk && partner.coreTeam === true) counts.coreTeam++;
    if (sectorOk && workgroupOk && coreOk) matches.push(partner);
  }
  counts.total = matches.length;
  return {matches, counts};
}

/** The filters as the `ncte-filter-change` event reports them. */
export function filtersForEvent(filters: PartnerFilters): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (filters.sectors.length) out.sector = [...filters.sectors];
  if (filters.workgroups.length) out.workgroup = filters.workgroups.map(String);
  if (filters.coreTeam) out.coreTeam = ['true'];
  return out;
}
