import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import {NL_THEMES, applyNlTheme} from '../stories/nl-themes.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    a11y: {test: 'error'},
    controls: {expanded: true},
    layout: 'padded',
  },
  // The toolbar's "Thema" menu: a published NL Design System theme around every story, or none.
  globalTypes: {
    theme: {
      description: 'NL Design System theme around the story (docs/theming.md)',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        items: [{value: 'none', title: 'Geen thema'}, ...Object.entries(NL_THEMES).map(([value, theme]) => ({value, title: theme.title}))],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {theme: 'none'},
  decorators: [
    (story, context) => {
      void applyNlTheme(String(context.globals.theme ?? 'none'), document.body);
      return story();
    },
  ],
};

export default preview;
