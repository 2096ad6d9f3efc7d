// @ts-check
// The script-tag entry: <script type="module" src=".../back-pain-triage.js"></script>
// defines <back-pain-triage> at once, which paints each element's start screen (with the
// emergency number) before any WASM has arrived, and starts loading the widget's WASM, so that
// it works whether the script runs before or after the elements appear. Re-exports the whole API.
//
// scripts/package bundles index.js and start-screen.js into this file (one request); unbundled,
// start-screen.js is imported here too, so that the browser fetches it in parallel with index.js.
import './start-screen.js';
import { defineElement, preloadWidget } from './index.js';

export * from './index.js';

defineElement();
// Start the download now rather than when the first element connects; errors are reported
// by each element (console, fallback text, triage-error), so none is left unhandled here.
preloadWidget().catch(() => {});
