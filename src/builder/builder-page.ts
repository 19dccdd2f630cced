/**
 * The script of builder.html (`dist/cdn/ncte-builder.js`): registers
 * `<ncte-builder>` and gives it the widgets' options from custom-elements.json,
 * read at build time (the CDN build keeps only the attributes).
 */
import manifest from '../../custom-elements.json';
import {widgetOptions} from './manifest.js';
import './ncte-builder.element.js';

const builder = document.querySelector('ncte-builder');
if (builder) builder.options = widgetOptions(manifest);
