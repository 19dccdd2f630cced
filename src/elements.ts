/**
 * Registers every element and exports nothing: the entry of the CDN's
 * `ncte-all.js`, so that bundle carries what the elements use and no more.
 */
import './feed/ncte-feed.element.js';
import './etalage/ncte-etalage.element.js';
import './eligibility-check/ncte-eligibility-check.element.js';
import './partner-map/ncte-partner-map.element.js';
import './event-list/ncte-event-list.element.js';
