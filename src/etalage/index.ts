/**
 * `ncte-widgets/etalage`: importing it registers `<ncte-etalage>` (and `<ncte-feed>`,
 * so widgets from this entry can share one feed). Exports the element and its
 * events; the export list is pinned by test/entries.test.ts.
 */
import '../feed/ncte-feed.element.js';

export {NcteEtalage} from './ncte-etalage.element.js';
export {InitiativeOpenEvent, type InitiativeOpenDetail} from '../events/initiative-open.js';
export {FilterChangeEvent, type FilterChangeDetail} from '../events/filter-change.js';
