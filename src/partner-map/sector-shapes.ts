/**
 * Each sector has its own marker shape as well as its own colour, so sectors
 * can be told apart without seeing colour. The shapes are SVG path data in a
 * 24 × 24 box; the colours live in the styles (`.shape-<sector>`), themeable.
 */
import type {Sector} from '../feed/schema.js';

export const SECTOR_SHAPES: Record<Sector, string> = {
  'maatschappelijke-organisatie': 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', // circle
  bedrijf: 'M4 4h16v16H4z', // square
  brancheorganisatie: 'M12 1.5 22.5 12 12 22.5 1.5 12z', // diamond
  'zorg-en-welzijn': 'M12 2.5 22.5 20.5h-21z', // triangle
  kennisinstelling: 'M7 3h10l5 9-5 9H7l-5-9z', // hexagon
  overheid: 'M12 2l10 7.3-3.8 11.7H5.8L2 9.3z', // pentagon
};
