#!/usr/bin/env node
/**
 * Generates a deterministic, valid version 1 feed of any size, for benchmarks and tests.
 *
 * Usage:
 *   node scripts/generate-feed.mjs --initiatives N --partners N --events N [--seed S] [--out file] [--pretty]
 *   npm run feed:generate -- --initiatives 1000 --partners 1000 --events 1000 --out bench/out/feed-1000.json
 *
 * From code:
 *   import { generateFeed } from '../scripts/generate-feed.mjs';
 *   const feed = generateFeed({ initiatives: 1000, partners: 1000, events: 1000, seed: 42 });
 *
 * The same sizes and seed always give the same feed. The module has no dependencies and only
 * touches Node APIs when it is run as a command, so it can also be bundled for a browser page.
 */

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** [place, gemeente, province, lat, lon, postcode prefix (2 digits), area code] */
const PLACES = [
  ['Groningen', 'Groningen', 'Groningen', 53.2194, 6.5665, '97', '050'],
  ['Stadskanaal', 'Stadskanaal', 'Groningen', 52.989, 6.95, '95', '0599'],
  ['Delfzijl', 'Eemsdelta', 'Groningen', 53.33, 6.919, '99', '0596'],
  ['Leeuwarden', 'Leeuwarden', 'Fryslân', 53.2012, 5.7999, '89', '058'],
  ['Heerenveen', 'Heerenveen', 'Fryslân', 52.96, 5.92, '84', '0513'],
  ['Sneek', 'Súdwest-Fryslân', 'Fryslân', 53.033, 5.658, '86', '0515'],
  ['Drachten', 'Smallingerland', 'Fryslân', 53.105, 6.098, '92', '0512'],
  ['Assen', 'Assen', 'Drenthe', 52.9925, 6.5649, '94', '0592'],
  ['Emmen', 'Emmen', 'Drenthe', 52.7792, 6.9069, '78', '0591'],
  ['Meppel', 'Meppel', 'Drenthe', 52.696, 6.194, '79', '0522'],
  ['Hoogeveen', 'Hoogeveen', 'Drenthe', 52.723, 6.476, '79', '0528'],
  ['Zwolle', 'Zwolle', 'Overijssel', 52.5168, 6.083, '80', '038'],
  ['Enschede', 'Enschede', 'Overijssel', 52.2215, 6.8937, '75', '053'],
  ['Deventer', 'Deventer', 'Overijssel', 52.255, 6.1639, '74', '0570'],
  ['Kampen', 'Kampen', 'Overijssel', 52.555, 5.911, '82', '038'],
  ['Almelo', 'Almelo', 'Overijssel', 52.3567, 6.6625, '76', '0546'],
  ['Almere', 'Almere', 'Flevoland', 52.3508, 5.2647, '13', '036'],
  ['Lelystad', 'Lelystad', 'Flevoland', 52.5185, 5.4714, '82', '0320'],
  ['Emmeloord', 'Noordoostpolder', 'Flevoland', 52.7108, 5.748, '83', '0527'],
  ['Dronten', 'Dronten', 'Flevoland', 52.525, 5.718, '82', '0321'],
  ['Arnhem', 'Arnhem', 'Gelderland', 51.9851, 5.8987, '68', '026'],
  ['Nijmegen', 'Nijmegen', 'Gelderland', 51.8126, 5.8372, '65', '024'],
  ['Apeldoorn', 'Apeldoorn', 'Gelderland', 52.2112, 5.9699, '73', '055'],
  ['Ede', 'Ede', 'Gelderland', 52.0402, 5.6649, '67', '0318'],
  ['Doetinchem', 'Doetinchem', 'Gelderland', 51.965, 6.289, '70', '0314'],
  ['Utrecht', 'Utrecht', 'Utrecht', 52.0907, 5.1214, '35', '030'],
  ['Amersfoort', 'Amersfoort', 'Utrecht', 52.1561, 5.3878, '38', '033'],
  ['Zeist', 'Zeist', 'Utrecht', 52.089, 5.233, '37', '030'],
  ['Nieuwegein', 'Nieuwegein', 'Utrecht', 52.029, 5.08, '34', '030'],
  ['Veenendaal', 'Veenendaal', 'Utrecht', 52.028, 5.558, '39', '0318'],
  ['Amsterdam', 'Amsterdam', 'Noord-Holland', 52.3676, 4.9041, '10', '020'],
  ['Haarlem', 'Haarlem', 'Noord-Holland', 52.3874, 4.6462, '20', '023'],
  ['Zaandam', 'Zaanstad', 'Noord-Holland', 52.442, 4.829, '15', '075'],
  ['Alkmaar', 'Alkmaar', 'Noord-Holland', 52.6324, 4.7534, '18', '072'],
  ['Hilversum', 'Hilversum', 'Noord-Holland', 52.2292, 5.1669, '12', '035'],
  ['Den Haag', 'Den Haag', 'Zuid-Holland', 52.0705, 4.3007, '25', '070'],
  ['Rotterdam', 'Rotterdam', 'Zuid-Holland', 51.9244, 4.4777, '30', '010'],
  ['Leiden', 'Leiden', 'Zuid-Holland', 52.1601, 4.497, '23', '071'],
  ['Dordrecht', 'Dordrecht', 'Zuid-Holland', 51.8133, 4.6901, '33', '078'],
  ['Gouda', 'Gouda', 'Zuid-Holland', 52.0115, 4.7105, '28', '0182'],
  ['Zoetermeer', 'Zoetermeer', 'Zuid-Holland', 52.0575, 4.4931, '27', '079'],
  ['Middelburg', 'Middelburg', 'Zeeland', 51.4988, 3.6109, '43', '0118'],
  ['Vlissingen', 'Vlissingen', 'Zeeland', 51.4536, 3.5716, '43', '0118'],
  ['Goes', 'Goes', 'Zeeland', 51.504, 3.888, '44', '0113'],
  ['Terneuzen', 'Terneuzen', 'Zeeland', 51.336, 3.827, '45', '0115'],
  ['Zierikzee', 'Schouwen-Duiveland', 'Zeeland', 51.65, 3.919, '43', '0111'],
  ['Eindhoven', 'Eindhoven', 'Noord-Brabant', 51.4416, 5.4697, '56', '040'],
  ['Tilburg', 'Tilburg', 'Noord-Brabant', 51.5555, 5.0913, '50', '013'],
  ['Breda', 'Breda', 'Noord-Brabant', 51.5719, 4.7683, '48', '076'],
  ["'s-Hertogenbosch", "'s-Hertogenbosch", 'Noord-Brabant', 51.6978, 5.3037, '52', '073'],
  ['Helmond', 'Helmond', 'Noord-Brabant', 51.4793, 5.657, '57', '0492'],
  ['Maastricht', 'Maastricht', 'Limburg', 50.8514, 5.691, '62', '043'],
  ['Heerlen', 'Heerlen', 'Limburg', 50.8882, 5.9795, '64', '045'],
  ['Venlo', 'Venlo', 'Limburg', 51.3704, 6.1724, '59', '077'],
  ['Roermond', 'Roermond', 'Limburg', 51.194, 5.987, '60', '0475'],
  ['Sittard', 'Sittard-Geleen', 'Limburg', 51.0, 5.869, '61', '046'],
];

const AUDIENCES = ['jongeren', 'ouderen', 'mantelzorgers', 'werkenden', 'studenten', 'nieuwkomers', 'buurtbewoners', 'mensen met een beperking', 'iedereen'];
const LONELINESS = ['emotioneel', 'sociaal', 'existentieel'];

/**
 * Kinds of activity. name: used in initiative and event titles; what: a noun phrase for sentences.
 */
const ACTIVITIES = [
  { name: 'Buurtmaaltijd', what: 'een gezamenlijke maaltijd', themes: ['eten', 'ontmoeting'], audiences: ['buurtbewoners', 'ouderen'], types: ['sociaal'] },
  { name: 'Wandelclub', what: 'een wekelijkse wandeling', themes: ['sport en bewegen', 'ontmoeting'], audiences: ['ouderen', 'iedereen'], types: ['sociaal'] },
  { name: 'Maatjesproject', what: 'een vast maatje', themes: ['vrijwilligerswerk', 'ontmoeting'], audiences: ['iedereen', 'nieuwkomers'], types: ['sociaal', 'emotioneel'] },
  { name: 'Belcirkel', what: 'een dagelijks telefoontje', themes: ['signalering', 'vrijwilligerswerk'], audiences: ['ouderen'], types: ['sociaal', 'emotioneel'] },
  { name: 'Open Huiskamer', what: 'een open huiskamer', themes: ['ontmoeting'], audiences: ['buurtbewoners', 'iedereen'], types: ['sociaal'] },
  { name: 'Koffieochtend', what: 'een koffieochtend', themes: ['ontmoeting'], audiences: ['ouderen', 'buurtbewoners'], types: ['sociaal'] },
  { name: 'Generatiecafé', what: 'ontmoetingen tussen jong en oud', themes: ['intergenerationeel', 'ontmoeting'], audiences: ['ouderen', 'jongeren', 'studenten'], types: ['sociaal', 'existentieel'] },
  { name: 'Digicafé', what: 'hulp bij tablet en telefoon', themes: ['digitaal', 'ontmoeting'], audiences: ['ouderen'], types: ['sociaal'] },
  { name: 'Zangmiddag', what: 'samen zingen', themes: ['cultuur', 'ontmoeting'], audiences: ['ouderen', 'mantelzorgers'], types: ['sociaal', 'emotioneel'] },
  { name: 'Buurtmoestuin', what: 'samen tuinieren', themes: ['ontmoeting', 'sport en bewegen'], audiences: ['buurtbewoners', 'mensen met een beperking'], types: ['sociaal'] },
  { name: 'Jongerengroep', what: 'een vaste groep leeftijdgenoten', themes: ['ontmoeting'], audiences: ['jongeren', 'studenten'], types: ['sociaal', 'emotioneel'] },
  { name: 'Mantelzorgcafé', what: 'lotgenotencontact', themes: ['ontmoeting', 'signalering'], audiences: ['mantelzorgers'], types: ['emotioneel', 'sociaal'] },
  { name: 'Levensverhalenproject', what: 'gesprekken over het eigen levensverhaal', themes: ['zingeving', 'intergenerationeel'], audiences: ['ouderen'], types: ['existentieel'] },
  { name: 'Taalcafé', what: 'oefenen met de Nederlandse taal', themes: ['ontmoeting', 'vrijwilligerswerk'], audiences: ['nieuwkomers'], types: ['sociaal'] },
  { name: 'Werkgeversnetwerk', what: 'aandacht voor verbinding op het werk', themes: ['werk', 'signalering'], audiences: ['werkenden'], types: ['sociaal'] },
  { name: 'Cultuurmaatjes', what: 'samen naar theater, film of museum', themes: ['cultuur', 'vrijwilligerswerk'], audiences: ['ouderen', 'mensen met een beperking'], types: ['sociaal', 'existentieel'] },
  { name: 'Gespreksgroep Zingeving', what: 'gesprekken over wat het leven waardevol maakt', themes: ['zingeving'], audiences: ['iedereen', 'ouderen'], types: ['existentieel', 'emotioneel'] },
  { name: 'Beweegmaatjes', what: 'samen sporten en bewegen', themes: ['sport en bewegen', 'vrijwilligerswerk'], audiences: ['iedereen', 'mensen met een beperking'], types: ['sociaal'] },
];

const INITIATIVE_SUFFIX = ['', ' voor iedereen', ' in de wijk', ' aan huis', ' Samen', ' Plus', ' Dichtbij'];

const ORG_TEMPLATES = [
  (p) => `Stichting Welzijn ${p[0]}`,
  (p) => `Buurtnetwerk ${p[0]}`,
  (p) => `Vrijwilligerscentrale ${p[1]}`,
  (p) => `Stichting Samen ${p[0]}`,
  (p) => `Gemeente ${p[1]}`,
  (p) => `Bibliotheek ${p[0]}`,
  (p) => `Sociaal Werk ${p[0]}`,
  (p) => `Humanitas afdeling ${p[0]}`,
];

const SUMMARIES = [
  (a, p) => `${cap(a.what)} in ${p[0]}, voor wie wat vaker contact wil. Iedereen is welkom, alleen komen is heel gewoon.`,
  (a, p) => `Inwoners van ${p[1]} ontmoeten elkaar via ${a.what}. Vrijwilligers uit de buurt zorgen voor een warm welkom.`,
  (a, p) => `Met ${a.what} helpt dit initiatief mensen in ${p[0]} om hun netwerk uit te breiden.`,
  (a) => `${cap(a.what)}, georganiseerd door en voor buurtgenoten. Zo leren mensen elkaar kennen die elkaar anders niet tegenkomen.`,
];

const PARAGRAPH_1 = [
  (a, p) => `Het initiatief begon toen een paar bewoners van ${p[0]} merkten dat veel buren elkaar nauwelijks kenden. Met ${a.what} wilden ze daar iets aan doen, zonder grote organisatie of ingewikkelde aanmelding.`,
  (a, p) => `In ${p[1]} wonen veel mensen die weinig contact hebben met anderen. ${cap(a.what)} biedt hun een vaste plek in de week en een reden om de deur uit te gaan.`,
  (a) => `Eenzaamheid is niet altijd te zien. Daarom kiest dit initiatief voor ${a.what}: laagdrempelig, dichtbij en zonder dat iemand hoeft te vertellen waarom hij komt.`,
  (a) => `Wie meedoet, vindt meer dan alleen ${a.what}. Deelnemers zien elkaar regelmatig terug, waardoor er vanzelf bekende gezichten en soms vriendschappen ontstaan.`,
];
const PARAGRAPH_2 = [
  () => 'Vrijwilligers krijgen een korte training in het herkennen van signalen van eenzaamheid en weten waar ze iemand naartoe kunnen verwijzen.',
  (a, p) => `De organisatie werkt samen met het sociaal werk, de huisartsen en de bibliotheek in ${p[1]}, zodat deelnemers ook de weg vinden naar andere activiteiten.`,
  () => 'Deelname is gratis of kost een kleine bijdrage. Wie niet zelf kan komen, kan gebruikmaken van vervoer door vrijwilligers.',
  () => 'Elk jaar vragen de organisatoren de deelnemers wat ze ervan vinden. Zo blijft het aanbod aansluiten bij wat mensen nodig hebben.',
];
const PARAGRAPH_3 = [
  () => 'Andere gemeenten die de aanpak willen overnemen, kunnen een handleiding en advies krijgen.',
  () => 'Het initiatief zoekt steeds nieuwe vrijwilligers. Een paar uur per maand is al genoeg om het verschil te maken.',
  () => 'Ook mantelzorgers en familieleden zijn welkom om mee te doen of een naaste aan te melden.',
];

const PARTNER_BLOCKS = {
  'maatschappelijke-organisatie': {
    names: [(p) => `Stichting Samen Sterk ${p[0]}`, (p) => `Vereniging Nabuurschap ${p[0]}`, (p) => `Stichting Ontmoeting ${p[1]}`, (p) => `Vrijwilligersnetwerk ${p[2]}`, (p) => `Fonds Verbinding ${p[2]}`],
    descriptions: ['Zet vrijwilligers in om mensen met weinig contacten te ondersteunen en met elkaar in contact te brengen.', 'Organiseert ontmoetingsactiviteiten en verbindt lokale initiatieven tegen eenzaamheid.', 'Steunt buurtinitiatieven die bewoners met elkaar verbinden, met geld, kennis en netwerk.'],
  },
  bedrijf: {
    names: [(p) => `${p[0]} Verzekeringen`, (p) => `Bouwbedrijf ${p[0]}`, (p) => `Energie ${p[2]}`, (p) => `Supermarkt De Hoek ${p[0]}`, (p) => `Transport ${p[0]} BV`],
    descriptions: ['Bedrijf dat zijn medewerkers ruimte geeft voor vrijwilligerswerk tegen eenzaamheid.', 'Werkgever die met gesprekken op de werkvloer aandacht vraagt voor eenzaamheid onder collega\'s.', 'Zet zijn winkels en klantcontact in om eenzaamheid te signaleren en ontmoeting mogelijk te maken.'],
  },
  brancheorganisatie: {
    names: [(p) => `Branchevereniging Welzijn ${p[2]}`, (p) => `Vereniging Horeca ${p[2]}`, (p) => `Netwerk Zorgaanbieders ${p[2]}`, () => 'Brancheorganisatie Wonen en Zorg', () => 'Vereniging van Sportaanbieders'],
    descriptions: ['Brancheorganisatie die haar leden helpt om eenzaamheid onder klanten en medewerkers te herkennen.', 'Deelt goede voorbeelden tussen leden en vertegenwoordigt de sector in de coalitie.'],
  },
  'zorg-en-welzijn': {
    names: [(p) => `Welzijn ${p[0]}`, (p) => `Zorggroep ${p[1]}`, (p) => `Thuiszorg ${p[2]}`, (p) => `GGD regio ${p[2]}`, (p) => `Wijkteam ${p[0]}`],
    descriptions: ['Welzijnsorganisatie met buurtwerk, ouderenwerk en ondersteuning van vrijwilligers.', 'Zorgorganisatie die samen met welzijn werkt aan het vroeg signaleren van eenzaamheid.', 'Brengt in kaart hoe vaak eenzaamheid voorkomt en ondersteunt de lokale aanpak.'],
  },
  kennisinstelling: {
    names: [(p) => `Hogeschool ${p[0]}`, (p) => `Lectoraat Sociale Verbinding ${p[0]}`, (p) => `Kenniscentrum Welzijn ${p[2]}`, (p) => `Academische Werkplaats ${p[2]}`],
    descriptions: ['Doet praktijkgericht onderzoek naar wat werkt tegen eenzaamheid.', 'Betrekt studenten bij projecten waarin jong en oud elkaar ontmoeten.'],
  },
  overheid: {
    names: [(p) => `Gemeente ${p[1]}`, (p) => `Provincie ${p[2]}`, (p) => `Regio ${p[0]}`],
    descriptions: ['Werkt met inwoners, welzijn en zorg aan een lokaal actieplan tegen eenzaamheid.', 'Ondersteunt initiatieven die inwoners met elkaar verbinden en deelt kennis tussen gemeenten.'],
  },
};
const SECTORS = Object.keys(PARTNER_BLOCKS);

const EVENT_TEMPLATES = [
  (a, p) => `${a.name} in ${p[0]}`,
  (a) => `Kennismaken met ${a.name.toLowerCase()}`,
  (a, p) => `${a.name}: samen in ${p[0]}`,
  (a) => `Open dag ${a.name.toLowerCase()}`,
];
const EVENT_DESCRIPTIONS = [
  (a) => `Tijdens de Week tegen Eenzaamheid maak je kennis met ${a.what}. Je bent welkom zonder aanmelding; neem gerust iemand mee.`,
  (a, p) => `Inwoners van ${p[1]} zijn van harte welkom voor ${a.what}. Er is koffie en thee, en vrijwilligers vertellen wat er verder in de buurt te doen is.`,
  (a) => `Een laagdrempelige middag rond ${a.what}, voor iedereen die nieuwe mensen wil leren kennen.`,
];
const VENUES = ['Wijkcentrum De Schakel', 'Buurthuis Het Trefpunt', 'Bibliotheek', 'Dorpshuis De Ontmoeting', 'Ontmoetingscentrum De Brug', 'Sporthal De Hoeve', 'Kerkzaal De Ark', 'Stadsboerderij', 'Theater De Kom', 'Buurtkamer De Linde'];
const STREETS = ['Dorpsstraat', 'Kerkstraat', 'Schoolstraat', 'Molenweg', 'Julianalaan', 'Stationsweg', 'Marktplein', 'Lindelaan', 'Beatrixstraat', 'Parkweg', 'Wilhelminastraat', 'Esdoornlaan'];
const ACCESSIBILITY = ['Rolstoeltoegankelijk, ringleiding aanwezig', 'Rolstoeltoegankelijk, invalidentoilet aanwezig', 'Gelijkvloers; geen aangepast toilet', 'Buitenlocatie, verharde paden'];
const PRICES = [1, 2.5, 3, 5, 7.5, 10];
const ORGANISERS = ['Resto VanHarte', 'Nationaal Ouderenfonds', 'Humanitas', 'Het Nederlandse Rode Kruis', 'KBO-PCOB', 'Join Us', 'Stichting OGJG', 'De Zonnebloem', 'MantelzorgNL', 'Alzheimer Nederland'];

/** Week tegen Eenzaamheid 2026: Thursday 24 September to Thursday 1 October (+02:00). */
const WEEK_DATES = ['2026-09-24', '2026-09-25', '2026-09-26', '2026-09-27', '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02', '2026-10-03'];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Hashes any seed (number or string) to a 32-bit integer (FNV-1a). */
function hashSeed(seed) {
  const s = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, deterministic PRNG returning floats in [0, 1). */
function createRandom(seed) {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const SLUG_CACHE = new Map();
function slugify(s) {
  let slug = SLUG_CACHE.get(s);
  if (slug === undefined) {
    slug = s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    SLUG_CACHE.set(s, slug);
  }
  return slug;
}

const pad2 = (n) => (n < 10 ? '0' : '') + n;

/** Wall-clock minutes since 24 September 2026 00:00 (Amsterdam summer time) to ISO with offset. */
function isoFromMinutes(minutes) {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  return `${WEEK_DATES[day]}T${pad2(Math.floor(rest / 60))}:${pad2(rest % 60)}:00+02:00`;
}

/** Dates (YYYY-MM-DD) for lastChecked, between 1 June 2025 and 31 August 2026. */
const CHECK_DATES = (() => {
  const out = [];
  const start = Date.UTC(2025, 5, 1);
  const end = Date.UTC(2026, 7, 31);
  for (let t = start; t <= end; t += 86400000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
})();

function toCount(value, name) {
  const n = value === undefined ? 0 : Number(value);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

/**
 * Generates a valid version 1 feed.
 * @param {{initiatives?: number, partners?: number, events?: number, seed?: number|string, criteria?: boolean}} [options]
 *   Sizes per section (default 0; a section with size 0 is still present as an empty array),
 *   seed for the PRNG (default 1), criteria: include the criteria section (default true).
 * @returns {object} the feed
 */
export function generateFeed(options = {}) {
  const nInitiatives = toCount(options.initiatives, 'initiatives');
  const nPartners = toCount(options.partners, 'partners');
  const nEvents = toCount(options.events, 'events');
  const random = createRandom(options.seed ?? 1);
  const int = (n) => Math.floor(random() * n);
  const pick = (arr) => arr[int(arr.length)];
  const chance = (p) => random() < p;
  const jitter = (v, d) => Math.round((v + (random() * 2 - 1) * d) * 10000) / 10000;
  const phone = (p) => `${p[6]} ${String(100 + int(900))} ${pad2(int(100))} ${pad2(int(100))}`;
  const subset = (arr, min, max) => {
    const k = min + int(max - min + 1);
    const out = [];
    for (let i = 0; i < k; i++) {
      const v = pick(arr);
      if (!out.includes(v)) out.push(v);
    }
    return out;
  };

  // Partners first, so initiatives can refer to them.
  const partners = new Array(nPartners);
  const partnerIds = new Array(nPartners);
  for (let i = 0; i < nPartners; i++) {
    const sector = SECTORS[i % SECTORS.length];
    const block = PARTNER_BLOCKS[sector];
    const place = pick(PLACES);
    const name = pick(block.names)(place);
    const id = `${slugify(name)}-${i + 1}`;
    partnerIds[i] = id;
    const partner = { id, name, sector, description: pick(block.descriptions), website: `https://www.${slugify(name)}.nl` };
    if (!chance(0.08)) partner.location = { place: place[0], lat: jitter(place[3], 0.02), lon: jitter(place[4], 0.03) };
    if (chance(0.6)) partner.workgroups = subset([1, 2, 3, 4], 1, 2).sort();
    if (chance(0.04)) partner.coreTeam = true;
    partners[i] = partner;
  }

  const initiatives = new Array(nInitiatives);
  for (let i = 0; i < nInitiatives; i++) {
    const activity = pick(ACTIVITIES);
    const place = pick(PLACES);
    const name = `${activity.name}${pick(INITIATIVE_SUFFIX)} ${place[0]}`;
    const organisation = pick(ORG_TEMPLATES)(place);
    const orgSlug = slugify(organisation);
    const initiative = {
      id: `${slugify(name)}-${i + 1}`,
      name,
      organisation,
      summary: pick(SUMMARIES)(activity, place),
    };
    if (!chance(0.05)) {
      const paragraphs = [pick(PARAGRAPH_1)(activity, place), pick(PARAGRAPH_2)(activity, place)];
      if (chance(0.6)) paragraphs.push(pick(PARAGRAPH_3)(activity, place));
      initiative.description = paragraphs.join('\n\n');
    }
    if (!chance(0.03)) initiative.website = `https://www.${orgSlug}.nl`;
    if (!chance(0.1)) initiative.email = `info@${orgSlug}.nl`;
    if (!chance(0.3)) initiative.phone = phone(place);
    initiative.audiences = chance(0.3) ? subset(AUDIENCES, 1, 2) : activity.audiences.slice();
    initiative.themes = activity.themes.slice();
    initiative.lonelinessTypes = chance(0.2) ? subset(LONELINESS, 1, 3) : activity.types.slice();
    if (chance(0.3)) {
      initiative.area = { national: true };
    } else {
      const extra = subset(PLACES, 0, 3);
      const places = [place, ...extra.filter((p) => p !== place)];
      initiative.area = {
        provinces: [...new Set(places.map((p) => p[2]))],
        gemeenten: [...new Set(places.map((p) => p[1]))],
      };
    }
    initiative.activeSince = chance(0.05) ? 2024 + int(2) : 2005 + int(19);
    if (!chance(0.1)) initiative.reachPerYear = 50 * (10 + int(2000));
    if (nPartners > 0 && chance(0.7)) {
      const ids = [];
      const k = 1 + int(3);
      for (let j = 0; j < k; j++) {
        const pid = partnerIds[int(nPartners)];
        if (!ids.includes(pid)) ids.push(pid);
      }
      initiative.partnerIds = ids;
    }
    if (!chance(0.05)) initiative.lastChecked = pick(CHECK_DATES);
    initiatives[i] = initiative;
  }

  const events = new Array(nEvents);
  for (let i = 0; i < nEvents; i++) {
    const activity = pick(ACTIVITIES);
    const place = pick(PLACES);
    const title = pick(EVENT_TEMPLATES)(activity, place);
    const event = { id: `${slugify(title)}-${i + 1}`, title };
    if (!chance(0.05)) event.description = pick(EVENT_DESCRIPTIONS)(activity, place);

    const day = int(8); // 24 September .. 1 October
    let startMin;
    let duration;
    const r = random();
    if (r < 0.02) {
      startMin = day * 1440 + (20 + int(3)) * 60; // evening into the night
      duration = 180 + int(3) * 60;
    } else if (r < 0.03 && day <= 5) {
      startMin = day * 1440 + 10 * 60;
      duration = 2 * 1440 + 7 * 60; // three days, 10:00 to 17:00
    } else {
      startMin = day * 1440 + (8 + int(12)) * 60 + 15 * int(4);
      duration = 60 + 30 * int(6);
    }
    event.start = isoFromMinutes(startMin);
    if (!chance(0.05)) event.end = isoFromMinutes(startMin + duration);

    const online = chance(0.08);
    if (!online) {
      event.location = {
        name: `${pick(VENUES)} ${place[0]}`,
        address: `${pick(STREETS)} ${1 + int(150)}`,
        postcode: `${place[5]}${pad2(10 + int(90))} ${String.fromCharCode(65 + int(26))}${String.fromCharCode(65 + int(26))}`,
        place: place[0],
        gemeente: place[1],
        lat: jitter(place[3], 0.02),
        lon: jitter(place[4], 0.03),
      };
    } else {
      event.online = `https://www.eentegeneenzaamheid.nl/online/${event.id}`;
    }
    const s = random();
    if (s < 0.01) event.status = 'cancelled';
    else if (s < 0.02) event.status = 'postponed';
    else if (s < 0.03 && !online) {
      event.status = 'moved-online';
      event.online = `https://www.eentegeneenzaamheid.nl/online/${event.id}`;
    }
    event.organiser = chance(0.5) ? pick(ORGANISERS) : pick(ORG_TEMPLATES)(place);
    event.audiences = activity.audiences.slice();
    const pr = random();
    if (pr < 0.5) event.price = 0;
    else if (pr < 0.75) event.price = pick(PRICES);
    if (chance(0.5)) event.registration = `https://www.eentegeneenzaamheid.nl/aanmelden/${event.id}`;
    if (!online && chance(0.7)) event.accessibility = pick(ACCESSIBILITY);
    events[i] = event;
  }

  const feed = { version: 1, generated: '2026-08-31T09:00:00+02:00', initiatives, partners, events };
  if (options.criteria !== false) feed.criteria = structuredClone(CRITERIA);
  return feed;
}

/** A compact copy of the coalition's criteria, so generated feeds can also drive the check. */
const CRITERIA = {
  membership: [
    { id: 'actief-op-eenzaamheid', question: 'Zet jouw organisatie zich actief in om eenzaamheid te voorkomen of te verminderen?', answer: 'yes-no', unmet: 'Bedenk eerst welke bijdrage tegen eenzaamheid bij jouw organisatie past.' },
    { id: 'inzet-op-samenwerken', question: 'Is jouw organisatie bereid om minimaal twee jaar samen te werken?', answer: 'yes-no', unmet: 'Meld je aan zodra een samenwerking van twee jaar past.' },
    { id: 'landelijke-uitstraling', question: 'Is jouw organisatie in het hele land actief, of heeft ze een landelijke uitstraling?', answer: 'yes-no', unmet: 'Kijk of je initiatief in de Etalage past of sluit aan bij een lokaal netwerk.' },
    { id: 'met-mensen-bereik', question: 'Hoeveel mensen bereikt jouw organisatie?', answer: 'number', min: 1501, unit: 'mensen', unmet: 'Voor lidmaatschap is een bereik van meer dan 1500 mensen nodig.' },
    { id: 'met-mensen-betrokken', question: 'Betrek je mensen met gevoelens van eenzaamheid, hun naasten, vrijwilligers of medewerkers bij je aanpak?', answer: 'yes-no', unmet: 'Betrek de mensen om wie het gaat bij je aanpak.' },
    { id: 'professionele-organisatie', question: 'Is jouw organisatie professioneel georganiseerd, met een solide financiële basis?', answer: 'yes-no', unmet: 'Werk eerst aan een stevige financiële basis.' },
  ],
  etalage: [
    { id: 'gericht-op-eenzaamheid', question: 'Richt jouw initiatief zich op het voorkomen en/of verminderen van eenzaamheid?', answer: 'yes-no', unmet: 'De Etalage toont alleen initiatieven die zich op eenzaamheid richten.' },
    { id: 'jaren-actief', question: 'Hoeveel jaar is het initiatief al actief?', answer: 'number', min: 2, unit: 'jaar', unmet: 'Meld je aan zodra je initiatief twee jaar actief is.' },
    { id: 'duurzaam', question: 'Is jouw initiatief duurzaam, dus niet eenmalig?', answer: 'yes-no', unmet: 'Geef je activiteit een vaste, terugkerende plek.' },
    { id: 'landelijk-of-meerdere-gemeenten', question: 'Is jouw initiatief landelijk actief, of in meerdere gemeenten?', answer: 'yes-no', unmet: 'Zoek een tweede gemeente of partner die je aanpak overneemt.' },
    { id: 'bereik-per-jaar', question: 'Hoeveel mensen bereikt jouw initiatief per jaar?', answer: 'number', min: 500, unit: 'mensen per jaar', unmet: 'Voor de Etalage is een bereik van minimaal 500 mensen per jaar nodig.' },
  ],
};

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

const USAGE = `Usage: node scripts/generate-feed.mjs --initiatives N --partners N --events N [--seed S] [--out file] [--pretty]

Generates a deterministic, valid version 1 feed for benchmarks and tests.
  --initiatives N   number of initiatives
  --partners N      number of partners
  --events N        number of events
                    (a section left out is empty; with no sizes at all, 150 of each)
  --seed S          seed for the random generator (default 1); same seed, same feed
  --out file        write to this file instead of standard output
  --pretty          indent the JSON
  --no-criteria     leave out the criteria section`;

async function main(argv) {
  const { parseArgs } = await import('node:util');
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        initiatives: { type: 'string' },
        partners: { type: 'string' },
        events: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string', short: 'o' },
        pretty: { type: 'boolean' },
        'no-criteria': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const started = performance.now();
  const noSizes = values.initiatives === undefined && values.partners === undefined && values.events === undefined;
  const fallback = noSizes ? 150 : 0;
  let feed;
  try {
    feed = generateFeed({
      initiatives: values.initiatives ?? fallback,
      partners: values.partners ?? fallback,
      events: values.events ?? fallback,
      seed: values.seed ?? 1,
      criteria: !values['no-criteria'],
    });
  } catch (error) {
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const json = JSON.stringify(feed, null, values.pretty ? 2 : undefined) + '\n';
  if (values.out) {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, json);
    const ms = Math.round(performance.now() - started);
    process.stderr.write(
      `Wrote ${values.out}: ${feed.initiatives.length} initiatives, ${feed.partners.length} partners, ${feed.events.length} events (${(json.length / 1024).toFixed(0)} KB, ${ms} ms)\n`,
    );
  } else {
    process.stdout.write(json);
  }
}

async function isMain() {
  if (typeof process === 'undefined' || !process.argv || !process.argv[1]) return false;
  const { pathToFileURL } = await import('node:url');
  const { realpathSync } = await import('node:fs');
  let script = process.argv[1];
  try {
    script = realpathSync(script);
  } catch {
    // keep the path as given
  }
  return import.meta.url === pathToFileURL(script).href;
}

if (await isMain()) await main(process.argv.slice(2));
