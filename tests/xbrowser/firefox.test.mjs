// The cross-engine flows (suite.mjs) in Debian's Firefox ESR, headless, through geckodriver.
import { crossEngineTests } from './suite.mjs';

crossEngineTests('firefox');
