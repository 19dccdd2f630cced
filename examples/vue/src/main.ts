// Register the elements before the app mounts, so Vue sets `feed` as a property.
import 'ncte-widgets/etalage';
// The template types of every ncte-widgets element (generated from custom-elements.json).
import type {} from 'ncte-widgets/vue';
import {createApp} from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
