import {existsSync} from 'node:fs';
import type {StorybookConfig} from '@storybook/web-components-vite';
import {onLog} from '../scripts/build-config.mjs';

// The iframe embed story shows the CDN build (dist/cdn/embed.html) with the sample feed, when it has been built.
const cdnBuilt = existsSync(new URL('../dist/cdn/embed.html', import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  staticDirs: cdnBuilt
    ? [
        {from: '../dist/cdn', to: '/dist/cdn'},
        {from: '../src/data', to: '/src/data'},
      ]
    : [],
  // Storybook's own chunks are large by nature: no table of chunk sizes and no size warning in the build log;
  // and the expected notice about the lazy <ncte-feed> import (scripts/build-config.mjs `onLog`) is not printed.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    logLevel: 'warn',
    build: {
      ...viteConfig.build,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {...viteConfig.build?.rolldownOptions, onLog},
    },
  }),
};

export default config;
