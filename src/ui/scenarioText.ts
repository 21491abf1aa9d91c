// The scenario's own words on the page, marked with the scenario's language. The page and the
// game's own words (buttons, headings, the sentences around a title) are English, `<html lang="en">`;
// a scenario's texts are in the language its file names (`language: fr`). Each element that holds a
// scenario's text, and each part of an English sentence that is one (a title in quotes), carries
// that language as its `lang`: a screen reader reads it with that language's voice and the game's
// buttons with the English one, and the browser hyphenates and spell-checks each as its own.
//
// A scenario in English (`en`, `en-GB`…) is left unmarked: its texts are in the page's language
// already, and hundreds of `lang="en"` would say nothing (the shipped scenarios' pages stay as
// they were). Names inside a sentence ("Japan accepted …") are not marked: WCAG's language of
// parts leaves proper names out, and a voice changed for one word mid-sentence reads worse. Every
// mark goes through this file.
import { h, type Child, type Props } from './dom';
import { primaryLanguage } from '../scenario/language';

/** Where a scenario's language is read from: its index or the scenario itself, or the language code (undefined: English). */
export type LanguageOf = { readonly scenario: { readonly language: string } } | { readonly language: string } | string | undefined;

/** The `lang` of the scenario's texts where it is not the page's English; undefined for `en`, `en-GB`… */
export function scenarioLang(of: LanguageOf): string | undefined {
  const language = of === undefined ? undefined : typeof of === 'string' ? of : 'scenario' in of ? of.scenario.language : of.language;
  if (language === undefined || language === '') return undefined;
  return primaryLanguage(language) === 'en' ? undefined : language;
}

/** An element that holds the scenario's text (a title, a text, a name as a label), in its language. */
export function scenarioText<K extends keyof HTMLElementTagNameMap>(of: LanguageOf, tag: K, props: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const lang = scenarioLang(of);
  return h(tag, lang === undefined ? props : { ...props, attrs: { ...props?.attrs, lang } }, ...children);
}

/** The scenario's words inside the game's English: a span in its language, or the text itself when that is English. */
export function scenarioSpan(of: LanguageOf, text: string): Child {
  const lang = scenarioLang(of);
  return lang === undefined ? text : h('span', { attrs: { lang } }, text);
}

/** A part of a phrase that is the scenario's own text. */
export interface ScenarioPart {
  readonly scenario: string;
}

/**
 * A sentence of the game's words with the scenario's spliced in, kept apart: as a plain string for
 * the live region, an aria-label, the command line (phraseText), and as text and marked spans for
 * the page (phraseNodes).
 */
export type Phrase = readonly (string | ScenarioPart)[];

/** Marks `text` as the scenario's own inside a phrase: phrase`Proposed “${own(title)}”`. */
export function own(text: string): ScenarioPart {
  return { scenario: text };
}

/** A phrase written as a template: its literal parts and plain values English, `own(…)` the scenario's, phrases spliced in. */
export function phrase(strings: TemplateStringsArray, ...values: readonly (string | number | ScenarioPart | Phrase)[]): Phrase {
  const parts: (string | ScenarioPart)[] = [];
  strings.forEach((literal, i) => {
    if (literal !== '') parts.push(literal);
    if (i >= values.length) return;
    const value = values[i]!;
    if (Array.isArray(value)) parts.push(...(value as Phrase));
    else parts.push(typeof value === 'number' ? String(value) : (value as string | ScenarioPart));
  });
  return parts;
}

/** Phrases joined by `separator` (English). */
export function joinPhrases(phrases: readonly Phrase[], separator: string): Phrase {
  return phrases.flatMap((p, i) => (i === 0 ? p : [separator, ...p]));
}

/** The phrase as plain text. */
export function phraseText(p: Phrase): string {
  return p.map((part) => (typeof part === 'string' ? part : part.scenario)).join('');
}

/** The phrase for the page: its English as text, the scenario's parts as spans in the scenario's language (as text too in an English scenario). */
export function phraseNodes(of: LanguageOf, p: Phrase): Child {
  if (scenarioLang(of) === undefined) return phraseText(p);
  return p.map((part) => (typeof part === 'string' ? part : part.scenario === '' ? null : scenarioSpan(of, part.scenario)));
}
