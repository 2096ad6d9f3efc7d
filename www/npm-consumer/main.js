// An integrator's app: the widget mounted through the JavaScript API, bundled by Vite.
//   npm install ../../pkg/back-pain-triage-0.1.0.tgz && npm run build
import { mount, evaluate } from 'back-pain-triage';

const status = document.getElementById('status');
const widget = await mount(document.getElementById('triage'), {
  lang: 'da',
  country: 'DK',
  onComplete: ({ answers, outcome }) => {
    // The same rules are callable without the UI:
    const again = evaluate(answers);
    status.textContent = `Resultat: ${outcome.urgency} (${again.urgency === outcome.urgency ? 'samme som evaluate' : 'FORSKEL'})`;
  },
  onEmergency: ({ sign }) => {
    status.textContent = `Akut tegn: ${sign}`;
  },
});
// For the tests: the app's widget handle.
window.triageWidget = widget;
