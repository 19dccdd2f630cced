/** Interface text of `<ncte-partner-map>`, in Dutch; the English is in `strings.en.ts`. */
import type {Sector, Workgroup} from '../feed/schema.js';
import type {Province} from './group.js';
import {Translations} from '../i18n/strings.js';

const nl = {
  filters: 'Partners zoeken en filteren',
  search: 'Zoek op naam of plaats',
  sector: 'Soort organisatie',
  workgroup: 'Werkgroep',
  coreTeam: 'Alleen het kernteam',
  moreFilters: 'Filter op soort organisatie, werkgroep en kernteam',
  activeFilters: (n: number) => `${n} actief`,
  clearFilters: 'Alle filters wissen',
  view: 'Weergave',
  viewMap: 'Kaart',
  viewList: 'Lijst',
  results: (count: string, n: number) =>
    n === 0 ? 'Geen partners gevonden.' : `${count} ${n === 1 ? 'partner' : 'partners'} gevonden.`,
  resultsOnMap: (onMap: string, without: string) => `${onMap} op de kaart, ${without} zonder vestigingsadres.`,
  empty: 'Er zijn geen partners die bij je keuze passen.',
  emptyHint: 'Probeer een andere zoekterm of wis de filters.',
  sectors: {
    'maatschappelijke-organisatie': 'Maatschappelijke organisatie',
    bedrijf: 'Bedrijf',
    brancheorganisatie: 'Brancheorganisatie',
    'zorg-en-welzijn': 'Zorg en welzijn',
    kennisinstelling: 'Kennisinstelling',
    overheid: 'Overheid',
  } satisfies Record<Sector, string>,
  workgroups: {
    1: 'De belofte van sociale gezondheid',
    2: 'Hoe bereiken we de doelgroep?',
    3: 'Inzet werkgevers voor meer sociale verbinding en minder eenzaamheid',
    4: 'Samen sterker door de communicatiekracht van het bedrijfsleven',
  } satisfies Record<Workgroup, string>,
  workgroupNumber: (n: number) => `Werkgroep ${n}`,
  /** Province names where they are not the Dutch name (the key). */
  provinces: {} as Partial<Record<Province, string>>,
  noProvince: 'Landelijk actief of zonder vestigingsadres',
  unlocated: 'Landelijk actief, zonder vestigingsadres',
  unlocatedHint: 'Deze partners staan niet op de kaart.',
  coreTeamBadge: 'Kernteam',
  website: (name: string) => `Website van ${name}`,
  place: 'Plaats',
  showAll: (n: string, group: string) => `Toon alle ${n} partners in ${group}`,
  map: 'Kaart van de partners',
  mapHelp:
    'Ga met Tab naar de kaart. Pijltjestoetsen gaan langs de partners, Enter opent een partner of zoomt in op een groep, plus en min zoomen, Escape sluit.',
  mapLoading: 'De kaart wordt geladen…',
  mapFailed: 'De kaart kan niet worden geladen. De lijst toont alle partners.',
  marker: (name: string, sector: string) => `${name}, ${sector}`,
  cluster: (count: string, where: string) => `${count} partners in ${where}`,
  clusterAnd: (a: string, b: string) => `${a} en ${b}`,
  clusterMore: (a: string, b: string) => `${a}, ${b} en omgeving`,
  abroad: 'het buitenland',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  closeCard: 'Sluiten',
  outlineAttribution: 'Provinciegrenzen: Natural Earth',
  tilesFailed: 'De achtergrondkaart kan niet worden geladen; grenzen en partners blijven zichtbaar.',
};

export type PartnerMapStrings = typeof nl;

/** Dutch at hand; English loaded on pages that ask for it. */
export const partnerMapStrings = new Translations(nl, () => import('./strings.en.js').then((m) => m.en));
