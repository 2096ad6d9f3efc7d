// The shared rule-table fixture (tests/fixtures/rule-table.json), read by the Node tests as the
// Rust tests read it: each case's answers are changes to the fixture's base answers.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'rule-table.json');
const doc = JSON.parse(readFileSync(file, 'utf8'));

/**
 * Every case as { name, country, answers (complete), expected: { urgency, category, advice, rules } }:
 * `country` is the fixture's unless the case names its own; null means no country (every
 * country's rules).
 */
export const ruleTableCases = doc.cases.map((c) => ({
  name: c.case,
  country: 'country' in c ? c.country : doc.country,
  answers: { ...doc.base, ...c.answers },
  expected: { urgency: c.urgency, category: c.category, advice: c.advice, rules: c.rules },
}));

/** The parts of an Outcome the fixture fixes, for deepEqual against `expected`. */
export function outcomeAsInFixture(outcome) {
  return {
    urgency: outcome.urgency,
    category: outcome.category,
    advice: outcome.advice,
    rules: outcome.reasons.map((r) => r.rule),
  };
}
