/**
 * The words and rules of the feed that code outside the schemas needs too: the
 * version, the fixed lists (provinces, sectors, …) and the checks the schemas
 * refine with. Kept apart from schema.ts so widgets can use them without
 * bundling zod, and so the compiled parsers can call the same checks.
 */



/** The provinces of the Netherlands, as the feed spells them. */
export const PROVINCES = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
] as const;

/** The three forms of loneliness the coalition names. */
export const LONELINESS_TYPES = ['emotioneel', 'sociaal', 'existentieel'] as const;

/** The six kinds of organisation in the coalition. */
export const SECTORS = [
  'maatschappelijke-organisatie',
  'bedrijf',
  'brancheorganisatie',
  'zorg-en-welzijn',
  'kennisinstelling',
  'overheid',
] as const;

/** The four working groups of 2025–2026. */
export const WORKGROUPS = [1, 2, 3, 4] as const;

/** What can have become of an event. */
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const;

/** An event's `end`, when given, is not before its `start`. */
export function eventEndsAfterStart(event: {start: string; end?: string}): boolean {
  return event.end === undefined || !(Date.parse(event.end) < Date.parse(event.start));
}

/** An event takes place somewhere: at a location, online, or both. */
export function eventHasPlace(event: {location?: unknown; online?: unknown}): boolean {
  return event.location !== undefined || event.online !== undefined;
}

/** `min` belongs to number answers only. */
export function minOnlyForNumbers(criterion: {answer: string; min?: number}): boolean {
  return criterion.answer === 'number' || criterion.min === undefined;
}
