import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    a11y: {test: 'error'},
    controls: {expanded: true},
    layout: 'padded',
  },
};

export default preview;
