// An integrator's React 19 app: <back-pain-triage> rendered from component state.
//   npm install ../../pkg/back-pain-triage-0.1.0.tgz && npm run build && npm run typecheck
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Defines <back-pain-triage> and starts loading its WASM.
import 'back-pain-triage/element';
// The element's props in JSX (JSX.IntrinsicElements['back-pain-triage']).
import type {} from 'back-pain-triage/react';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
