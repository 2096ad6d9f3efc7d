// The cross-engine flows (suite.mjs) in WebKitGTK (Safari's engine): its MiniBrowser through
// WebKitWebDriver, on an X display (scripts/test runs this under xvfb-run).
import { crossEngineTests } from './suite.mjs';

crossEngineTests('webkit');
