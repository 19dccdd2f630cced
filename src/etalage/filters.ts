/**
 * The visitor's filters, a list of entries in the order chosen, and the presets
 * an embedding page sets by attribute (`gemeente="Zwolle,Zeist"`), which
 * `locked` fixes. Pure functions of plain data: the element passes itself as
 * the presets.
 */
import {isFacetGroup, type FacetGroup, type FacetOptions, type Filters} from './facets.js';

/** One active filter. */
export interface FilterEntry {
  group: FacetGroup;
  value: string;
}

/** The filter groups an embedding page can preset by attribute. */
export const PRESET_GROUPS = ['gemeente', 'province', 'audience', 'theme'] as const;
export type PresetGroup = (typeof PRESET_GROUPS)[number];

/** The preset attributes: comma-separated values per group, and whether the visitor may change them. */
export type Presets = {readonly [G in PresetGroup]?: string} & {readonly locked?: boolean};

/** A comma-separated attribute as a list (blanks left out). */
export const list = (value: string | undefined): string[] => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);

/** The filters the presets of `groups` ask for. */
export const presetEntries = (presets: Presets, groups: readonly PresetGroup[] = PRESET_GROUPS): FilterEntry[] =>
  groups.flatMap((group) => list(presets[group]).map((value) => ({group, value})));

/** The groups whose preset the visitor may not change. */
export const lockedGroups = (presets: Presets): FacetGroup[] => (presets.locked ? PRESET_GROUPS.filter((g) => list(presets[g]).length) : []);

/** The groups of the `facets` attribute to show: known ones, not locked, with options in this feed. */
export const shownGroups = (facets: string | undefined, locked: readonly FacetGroup[], options: FacetOptions): FacetGroup[] =>
  list(facets).filter((g): g is FacetGroup => isFacetGroup(g) && !locked.includes(g) && !!options[g].length);

/** The entries of `groups`, or (`inside` false) those of the other groups. */
export const inGroups = (entries: readonly FilterEntry[], groups: readonly FacetGroup[], inside = true): FilterEntry[] =>
  entries.filter((f) => groups.includes(f.group) === inside);

/** The entries as the values chosen per group. */
export function byGroup(entries: readonly FilterEntry[]): Filters & Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const {group, value} of entries) (filters[group] ??= []).push(value);
  return filters;
}

/** `entries` with `group: value` added at the end (`on`) or taken out. */
export function toggled(entries: readonly FilterEntry[], group: FacetGroup, value: string, on: boolean): FilterEntry[] {
  const rest = entries.filter((f) => f.group !== group || f.value !== value);
  return on ? [...rest, {group, value}] : rest;
}
