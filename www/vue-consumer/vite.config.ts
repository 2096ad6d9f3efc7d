import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // <back-pain-triage> is a custom element, not a Vue component.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'back-pain-triage' } },
    }),
  ],
});
