// Register the elements before the first render, so Svelte sets `feed` as a property.
import 'ncte-widgets/etalage';
// The element types of every ncte-widgets element (generated from custom-elements.json).
import type {} from 'ncte-widgets/svelte';
import {mount} from 'svelte';
import App from './App.svelte';

mount(App, {target: document.getElementById('app')!});
