/** Small valid feed items for tests; spread and override to make invalid ones. */
export const initiative = {
  id: 'buurtdiner',
  name: 'Buurtdiner',
  organisation: 'Resto VanHarte',
  summary: 'Samen eten met buurtgenoten.',
  area: {national: true},
};

export const partner = {
  id: 'aef',
  name: 'Andersson Elffers Felix',
  sector: 'bedrijf',
  location: {place: 'Utrecht', lat: 52.09, lon: 5.12},
};

export const event = {
  id: 'koffie',
  title: 'Koffieochtend',
  start: '2026-09-24T10:00:00+02:00',
  end: '2026-09-24T12:00:00+02:00',
  location: {place: 'Zwolle'},
};

export const criterion = {
  id: 'actief',
  question: 'Zet je organisatie zich in tegen eenzaamheid?',
  answer: 'yes-no',
  unmet: 'Richt je eerst op het voorkomen of verminderen van eenzaamheid.',
};

export const feedWith = (sections: Record<string, unknown>) => ({version: 1, ...sections});
