// An integrator's Vue 3 app: <back-pain-triage> rendered from component state.
//   npm install ../../pkg/back-pain-triage-0.1.0.tgz && npm run build && npm run typecheck
import { createApp } from 'vue';
// Defines <back-pain-triage> and starts loading its WASM.
import 'back-pain-triage/element';
// The element's props and events in templates (GlobalComponents['back-pain-triage']).
import type {} from 'back-pain-triage/vue';
import App from './App.vue';

createApp(App).mount('#app');
