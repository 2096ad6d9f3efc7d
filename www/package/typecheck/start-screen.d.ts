// start-screen.js, which `triage start-screen` writes (crates/triage/src/render/start_screen.rs):
// the first screen's tables, keyed as the widget's own parsers read a lang tag and a country.
import type { Country, Language } from '../index.d.ts';

/** A country of the first screen; 'none' when no country the widget knows is named (112 alone). */
export type ScreenCountry = Country | 'none';

/** The widget's stylesheet, adopted by every shadow root. */
export const STYLESHEET: string;
/** A lang tag's first part, lower case (nb, no, nn, sv, da, en), to the widget's language. */
export const LANGUAGES: Record<string, Language>;
/** A country code, upper case (UK too), to the country. */
export const COUNTRIES: Record<string, Country>;
/** The emergency number of each country. */
export const EMERGENCY_NUMBER: Record<ScreenCountry, string>;
/** The start screen's HTML, by language and country. */
export const SCREENS: Record<Language, Record<ScreenCountry, string>>;
/** The fallback text around the emergency number: before it, after it. */
export const FALLBACK: Record<Language, [string, string]>;
/** The selector of the Start button on the start screen. */
export const START_SELECTOR: string;
