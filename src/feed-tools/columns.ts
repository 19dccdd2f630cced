/**
 * The spreadsheet layout of the feed: one sheet per section, one column per
 * field. The columns are derived from the feed's own zod schemas (through their
 * JSON Schema), so a field added to `src/feed/schema.ts` shows up here; this
 * module only adds what a spreadsheet needs on top: Dutch headers, help text,
 * Dutch names for fixed values and an example row.
 */
import {toJSONSchema} from 'zod/mini';
import {SECTION_SCHEMAS} from '../feed/schema.js';
import type {SectionKey} from '../feed/validate.js';
import {PROVINCES} from '../feed/vocabulary.js';

/** How a cell is read and written. */
export type Kind = 'text' | 'link' | 'email' | 'date' | 'datetime' | 'integer' | 'number' | 'boolean' | 'flag' | 'enum';

export interface Column {
  /** The field's path in an item, e.g. `location.place`. */
  key: string;
  path: string[];
  /** The Dutch header. */
  label: string;
  kind: Kind;
  /** A list of values in one cell, separated by `;`. */
  list: boolean;
  /** The allowed values (enums). */
  values?: ReadonlyArray<string | number>;
  /** Dutch names of enum values, accepted besides the values themselves and written on export. */
  valueLabels?: Readonly<Record<string, string>>;
  /** Known values of a free text field (provinces): spelling is corrected to these, others are warned about. */
  vocabulary?: readonly string[];
  /** Required whenever the group it belongs to (`parent`) is filled in. */
  required: boolean;
  /** The Dutch name of the group (e.g. "Locatie") for nested fields. */
  parent?: string;
  minimum?: number;
  maximum?: number;
  help: string;
}

export interface SheetSpec {
  section: SectionKey;
  /** The sheet's (and CSV file's) Dutch name. */
  name: string;
  /** Other names a sheet or file may have (the feed's own). */
  aliases: string[];
  columns: Column[];
  /** The field a missing id is made from. */
  nameField: string;
  example: Record<string, unknown>;
}

interface Label {
  label: string;
  help: string;
  valueLabels?: Record<string, string>;
  vocabulary?: readonly string[];
}

const ID: Label = {label: 'Id', help: 'Vaste, unieke code (kleine letters, cijfers, streepjes). Leeg: wordt gemaakt uit de naam.'};
const WEBSITE: Label = {label: 'Website', help: 'Link die begint met https:// (of http://).'};
const LOGO: Label = {label: 'Logo', help: 'Link naar een afbeelding, begint met https://.'};
const DESCRIPTION: Label = {label: 'Beschrijving', help: 'Gewone tekst; een lege regel tussen alinea’s.'};
const AUDIENCES: Label = {label: 'Doelgroepen', help: 'Bijvoorbeeld ouderen; jongeren; mantelzorgers.'};
const LAT: Label = {label: 'Breedtegraad', help: 'Bijvoorbeeld 52,5167 (komma of punt).'};
const LON: Label = {label: 'Lengtegraad', help: 'Bijvoorbeeld 6,0833 (komma of punt).'};
const CRITERION: Record<string, Label> = {
  id: ID,
  question: {label: 'Vraag', help: 'De vraag zoals de bezoeker hem ziet.'},
  help: {label: 'Toelichting', help: 'Uitleg onder de vraag.'},
  answer: {label: 'Antwoord', help: 'Soort antwoord.', valueLabels: {'yes-no': 'ja-nee', number: 'getal'}},
  min: {label: 'Minimum', help: 'Alleen bij antwoord getal: voldaan vanaf dit getal.'},
  unit: {label: 'Eenheid', help: 'Bijvoorbeeld mensen per jaar.'},
  unmet: {label: 'Als niet voldaan', help: 'Wat nodig is als niet aan dit criterium wordt voldaan.'},
};

/** Dutch headers and help per section and field path. */
const LABELS: Record<SectionKey, Record<string, Label>> = {
  initiatives: {
    id: ID,
    name: {label: 'Naam', help: 'Naam van het initiatief.'},
    organisation: {label: 'Organisatie', help: 'Wie het initiatief draagt.'},
    summary: {label: 'Samenvatting', help: 'Eén of twee zinnen voor de kaart in de Etalage.'},
    description: DESCRIPTION,
    website: WEBSITE,
    email: {label: 'E-mail', help: 'E-mailadres, bijvoorbeeld info@voorbeeld.nl.'},
    phone: {label: 'Telefoon', help: 'Zoals mensen het schrijven: 030 123 45 67.'},
    logo: LOGO,
    audiences: AUDIENCES,
    themes: {label: 'Thema’s', help: 'Bijvoorbeeld ontmoeting; signalering; eten.'},
    lonelinessTypes: {label: 'Soorten eenzaamheid', help: 'De vormen die de coalitie noemt.'},
    'area.national': {label: 'Landelijk', help: 'ja als het initiatief in heel Nederland werkt; dan blijven Provincies en Gemeenten leeg.'},
    'area.provinces': {label: 'Provincies', help: 'Alleen als niet landelijk.', vocabulary: PROVINCES},
    'area.gemeenten': {label: 'Gemeenten', help: 'Alleen als niet landelijk, bijvoorbeeld Zwolle; Deventer.'},
    activeSince: {label: 'Actief sinds', help: 'Jaartal, bijvoorbeeld 2019.'},
    reachPerYear: {label: 'Bereik per jaar', help: 'Aantal mensen per jaar, bijvoorbeeld 1.500.'},
    partnerIds: {label: 'Partners (id’s)', help: 'Id’s uit het blad Partners.'},
    lastChecked: {label: 'Laatst gecontroleerd', help: 'Datum, bijvoorbeeld 12-6-2026.'},
  },
  partners: {
    id: ID,
    name: {label: 'Naam', help: 'Naam van de organisatie.'},
    sector: {label: 'Sector', help: 'Soort organisatie.'},
    description: DESCRIPTION,
    website: WEBSITE,
    logo: LOGO,
    'location.place': {label: 'Plaats', help: 'Vestigingsplaats op de kaart.'},
    'location.lat': LAT,
    'location.lon': LON,
    workgroups: {label: 'Werkgroepen', help: 'Nummers van de werkgroepen 2025–2026.'},
    coreTeam: {label: 'Kernteam', help: 'ja als de organisatie in het kernteam zit.'},
  },
  events: {
    id: ID,
    title: {label: 'Titel', help: 'Naam van de activiteit.'},
    description: DESCRIPTION,
    start: {label: 'Begin', help: 'Datum en tijd (Nederlandse tijd), bijvoorbeeld 24-9-2026 10:00.'},
    end: {label: 'Einde', help: 'Datum en tijd, niet voor het begin.'},
    'location.name': {label: 'Locatie', help: 'Naam van de plek, bijvoorbeeld Buurthuis De Kern.'},
    'location.address': {label: 'Adres', help: 'Straat en huisnummer.'},
    'location.postcode': {label: 'Postcode', help: 'Bijvoorbeeld 8011 AB.'},
    'location.place': {label: 'Plaats', help: 'Woonplaats. Vul een plaats of een online link in, of allebei.'},
    'location.gemeente': {label: 'Gemeente', help: 'Voor het filter op gemeente.'},
    'location.lat': LAT,
    'location.lon': LON,
    online: {label: 'Online link', help: 'Link naar de online bijeenkomst.'},
    status: {
      label: 'Status',
      help: 'Leeg is gepland.',
      valueLabels: {scheduled: 'gepland', cancelled: 'geannuleerd', postponed: 'uitgesteld', 'moved-online': 'verplaatst naar online'},
    },
    organiser: {label: 'Organisator', help: 'Wie de activiteit organiseert.'},
    audiences: AUDIENCES,
    price: {label: 'Prijs (euro)', help: 'Bedrag in euro; 0 is gratis. Bijvoorbeeld 2,50.'},
    registration: {label: 'Aanmelden (link)', help: 'Link naar het aanmeldformulier.'},
    accessibility: {label: 'Toegankelijkheid', help: 'Bijvoorbeeld Rolstoeltoegankelijk, ringleiding aanwezig.'},
  },
  'criteria.membership': CRITERION,
  'criteria.etalage': CRITERION,
};

const GROUPS: Record<string, string> = {location: 'Locatie', area: 'Gebied'};

const SHEETS: Array<{section: SectionKey; name: string; aliases: string[]; nameField: string}> = [
  {section: 'initiatives', name: 'Initiatieven', aliases: ['initiatives', 'etalage initiatieven'], nameField: 'name'},
  {section: 'partners', name: 'Partners', aliases: ['partners', 'partnerkaart'], nameField: 'name'},
  {section: 'events', name: 'Activiteiten', aliases: ['events', 'evenementen'], nameField: 'title'},
  {section: 'criteria.membership', name: 'Criteria lidmaatschap', aliases: ['criteria.membership', 'membership'], nameField: 'question'},
  {section: 'criteria.etalage', name: 'Criteria Etalage', aliases: ['criteria.etalage'], nameField: 'question'},
];

/** One example item per section: the template's example row (checked against the schemas by the tests). */
export const EXAMPLES: Record<SectionKey, Record<string, unknown>> = {
  initiatives: {
    id: 'voorbeeld-breicafe-zwolle',
    name: 'Breicafé Zwolle',
    organisation: 'Stichting Samen Breien',
    summary: 'Elke week samen breien, koffie drinken en bijpraten in de bibliotheek.',
    website: 'https://www.example.nl/breicafe',
    email: 'info@example.nl',
    phone: '038 123 45 67',
    audiences: ['ouderen', 'buurtbewoners'],
    themes: ['ontmoeting'],
    lonelinessTypes: ['sociaal'],
    area: {provinces: ['Overijssel'], gemeenten: ['Zwolle']},
    activeSince: 2019,
    reachPerYear: 1500,
    lastChecked: '2026-06-12',
  },
  partners: {
    id: 'voorbeeld-stichting-samen',
    name: 'Stichting Samen',
    sector: 'maatschappelijke-organisatie',
    website: 'https://www.example.nl',
    location: {place: 'Zwolle', lat: 52.5167, lon: 6.0833},
    workgroups: [1, 3],
    coreTeam: false,
  },
  events: {
    id: 'voorbeeld-breicafe-week',
    title: 'Breicafé in de Week tegen Eenzaamheid',
    start: '2026-09-24T10:00:00+02:00',
    end: '2026-09-24T12:00:00+02:00',
    location: {name: 'Bibliotheek Zwolle', address: 'Diezerstraat 80', postcode: '8011 RJ', place: 'Zwolle', gemeente: 'Zwolle'},
    organiser: 'Stichting Samen Breien',
    audiences: ['ouderen'],
    price: 0,
    accessibility: 'Rolstoeltoegankelijk',
  },
  'criteria.membership': {
    id: 'voorbeeld-bereik',
    question: 'Hoeveel mensen bereikt uw organisatie per jaar?',
    answer: 'number',
    min: 100,
    unit: 'mensen per jaar',
    unmet: 'Lid worden kan vanaf 100 mensen per jaar.',
  },
  'criteria.etalage': {
    id: 'voorbeeld-gericht-op-eenzaamheid',
    question: 'Is het initiatief gericht op eenzaamheid?',
    answer: 'yes-no',
    unmet: 'De Etalage toont alleen initiatieven tegen eenzaamheid.',
  },
};

interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: Array<string | number>;
  const?: unknown;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
}

/** A union of objects (the Etalage's `area`) is laid out as all its alternatives' fields. */
function mergedObject(schema: JsonSchema): JsonSchema | undefined {
  if (schema.type === 'object') return schema;
  if (schema.anyOf?.every((option) => option.type === 'object')) {
    return {type: 'object', properties: Object.assign({}, ...schema.anyOf.map((option) => option.properties))};
  }
  return undefined;
}

function kindOf(schema: JsonSchema): Pick<Column, 'kind' | 'values' | 'minimum' | 'maximum'> {
  const values = schema.enum ?? (schema.anyOf?.every((o) => 'const' in o) ? schema.anyOf.map((o) => o.const as string | number) : undefined);
  if (values) return {kind: 'enum', values};
  const range = {minimum: schema.minimum, maximum: schema.maximum};
  switch (schema.type) {
    case 'boolean':
      return {kind: schema.const === true ? 'flag' : 'boolean'};
    case 'integer':
      return {kind: 'integer', ...range};
    case 'number':
      return {kind: 'number', ...range};
    default:
      if (schema.format === 'uri' || /https\?/.test(schema.pattern ?? '')) return {kind: 'link'};
      if (schema.format === 'email') return {kind: 'email'};
      if (schema.format === 'date') return {kind: 'date'};
      if (schema.format === 'date-time') return {kind: 'datetime'};
      return {kind: 'text'};
  }
}

function columnsOf(section: SectionKey, schema: JsonSchema, prefix: string[] = [], parent?: string): Column[] {
  const object = mergedObject(schema);
  if (!object?.properties) return [];
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties).flatMap(([name, field]) => {
    const path = [...prefix, name];
    const key = path.join('.');
    const nested = mergedObject(field);
    if (nested) return columnsOf(section, field, path, GROUPS[name] ?? name);
    const list = field.type === 'array';
    const label = LABELS[section][key];
    return [
      {
        key,
        path,
        label: label?.label ?? key,
        help: label?.help ?? '',
        list,
        ...kindOf(list ? field.items ?? {} : field),
        ...(label?.valueLabels ? {valueLabels: label.valueLabels} : {}),
        ...(label?.vocabulary ? {vocabulary: label.vocabulary} : {}),
        required: required.has(name),
        ...(parent ? {parent} : {}),
      } satisfies Column,
    ];
  });
}

let sheets: SheetSpec[] | undefined;

/** Every section's sheet, in the feed's order. */
export function sheetSpecs(): SheetSpec[] {
  sheets ??= SHEETS.map(({section, name, aliases, nameField}) => {
    const schema = toJSONSchema(SECTION_SCHEMAS[section], {io: 'input', unrepresentable: 'any'}) as JsonSchema;
    return {section, name, aliases, nameField, columns: columnsOf(section, schema), example: EXAMPLES[section]};
  });
  return sheets;
}

/** Field names of every object in the feed, for the unknown-field warnings: `events` → `id`, `title`, …; `events.location` → `place`, …. */
export function knownFields(): Map<string, Set<string>> {
  const known = new Map<string, Set<string>>();
  const add = (at: string, name: string) => {
    if (!known.has(at)) known.set(at, new Set());
    known.get(at)!.add(name);
  };
  for (const sheet of sheetSpecs()) {
    const at = sheet.section.startsWith('criteria.') ? 'criteria.*' : sheet.section;
    for (const column of sheet.columns) {
      column.path.forEach((name, i) => add([at, ...column.path.slice(0, i)].join('.'), name));
    }
  }
  for (const name of ['version', 'generated', 'initiatives', 'partners', 'events', 'criteria']) add('', name);
  for (const name of ['membership', 'etalage']) add('criteria', name);
  return known;
}

/** A header, file or sheet name made comparable: lower case, no accents, only letters and digits. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** What a column accepts, in Dutch: the note on its header in the template. */
export function describeColumn(column: Column): string {
  const lines: string[] = [];
  lines.push(column.required ? (column.parent ? `Verplicht als ${column.parent} is ingevuld.` : 'Verplicht.') : 'Niet verplicht.');
  if (column.help) lines.push(column.help);
  const format: Record<Kind, string> = {
    text: 'Tekst.',
    link: 'Een link (https://…).',
    email: 'Een e-mailadres.',
    date: 'Datum: 24-9-2026 of 2026-09-24.',
    datetime: 'Datum en tijd in Nederlandse tijd: 24-9-2026 10:00 (of ISO 8601 met tijdzone).',
    integer: 'Een geheel getal.',
    number: 'Een getal; decimaalkomma mag (52,5).',
    boolean: 'ja of nee.',
    flag: 'ja of leeg.',
    enum: '',
  };
  if (format[column.kind]) lines.push(format[column.kind]);
  if (column.minimum !== undefined && column.maximum !== undefined && column.maximum < 1e15) {
    lines.push(`Van ${column.minimum} tot en met ${column.maximum}.`);
  } else if (column.minimum !== undefined) lines.push(`Minimaal ${column.minimum}.`);
  const values = allowedValues(column);
  if (values) lines.push(`${column.list ? 'Eén of meer van' : 'Een van'}: ${values.join(', ')}.`);
  if (column.list) lines.push('Meerdere waarden scheiden met een puntkomma (;).');
  return lines.join('\n');
}

/** The values a drop-down offers: the Dutch names where there are any. */
export function allowedValues(column: Column): string[] | undefined {
  if (column.values) return column.values.map((value) => column.valueLabels?.[String(value)] ?? String(value));
  if (column.vocabulary) return [...column.vocabulary];
  if (column.kind === 'boolean') return ['ja', 'nee'];
  if (column.kind === 'flag') return ['ja'];
  return undefined;
}
