/** Every text of the Etalage, in Dutch; the English is in `strings.en.ts`. */
import {Translations} from '../i18n/strings.js';

const nl = {
  heading: 'Initiatieven tegen eenzaamheid',
  search: 'Zoek een initiatief',
  filters: 'Filters',
  groups: {
    audience: 'Doelgroep',
    theme: 'Thema',
    lonelinessType: 'Vorm van eenzaamheid',
    province: 'Provincie',
    gemeente: 'Gemeente',
  },
  lonelinessTypes: {emotioneel: 'Emotioneel', sociaal: 'Sociaal', existentieel: 'Existentieel'} as Record<string, string>,
  count: (n: string, one: boolean) => `${n} ${one ? 'initiatief' : 'initiatieven'}`,
  showAll: (n: number) => `Toon alle ${n}`,
  showFewer: 'Toon minder',
  activeFilters: 'Actieve filters',
  lockedTo: 'Alleen initiatieven voor',
  searchFor: 'Zoekterm',
  sortBy: 'Sorteren op',
  sorts: {relevance: 'Relevantie', name: 'Naam', recent: 'Meest recent gestart'},
  empty: 'Er zijn geen initiatieven die hierbij passen.',
  removeLast: (label: string) => `Filter ${label} weghalen`,
  clearSearch: 'Zoekopdracht wissen',
  pages: 'Pagina’s',
  page: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
  yearsActive: (n: number) => `al ${n} jaar actief`,
  reach: (n: string) => `bereikt ${n} mensen per jaar`,
  national: 'landelijk',
  inGemeenten: (n: number) => `in ${n} ${n === 1 ? 'gemeente' : 'gemeenten'}`,
  inProvinces: (n: number) => `in ${n} ${n === 1 ? 'provincie' : 'provincies'}`,
  audiences: 'Doelgroepen',
  themes: 'Thema’s',
  where: 'Waar',
  activeSince: 'Actief sinds',
  contact: 'Contact',
  website: 'Website',
  email: 'E-mail',
  phone: 'Telefoon',
  link: 'Link naar dit initiatief',
};

export type EtalageStrings = typeof nl;

/** Dutch at hand; English loaded on pages that ask for it. */
export const strings = new Translations(nl, () => import('./strings.en.js').then((m) => m.en));
