// texts/da.js, which `triage widget-texts --lang da` writes: the widget's strings in one language, for addTexts.
declare const texts: string[];
export default texts;
