import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { antdStaticStyles } from './build/antd-static-styles.ts';
import { READABLE } from './src/pages/candidate/shared/theme.ts';
import { THEME } from './src/theme.ts';

// The API's routes sit under /api: in development and preview they go to a local API.
const apiProxy = { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000' } };

export default defineConfig({
  // The root theme, and the candidates' darker greys nested in it.
  plugins: [react(), antdStaticStyles([THEME, READABLE])],
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // React and Ant Design change less often than the portal's own code: their own chunks stay cached across releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack)[\\/]/ },
          ],
        },
      },
    },
  },
});
