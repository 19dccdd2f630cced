import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // Storybook's own chunks are large by nature: no table of chunk sizes and no size warning in the build log.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    logLevel: 'warn',
    build: {...viteConfig.build, reportCompressedSize: false, chunkSizeWarningLimit: 10_000},
  }),
};

export default config;
