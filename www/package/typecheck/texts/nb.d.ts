// texts/nb.js, which `triage widget-texts --lang nb` writes: the widget's strings in one language, for addTexts.
declare const texts: string[];
export default texts;
