/**
 * Context rules that veto a country hit: a first-name use ("Michael Jordan"), a language use ("in French",
 * "French and Spanish versions", "its Spanish acronym", "maîtrise du français") or an adjective inside an
 * organisation's proper name ("Danish Refugee Council", "Agencia Alemana de Cooperación", "Cruz Roja Mexicana").
 */
import { foldWord, isCapitalised, type PhraseHit, type Token } from './phraseMatcher.js';

// Capitalised words that may stand before a country name without making it a person's name.
const NAME_CONTEXT = new Set(
  (
    'in and of the from to for with lake kingdom hashemite republic state west east north south visit via into at on ' +
    'by both across including like between en au aux le la les de del des du el y et por para desde hacia entre ' +
    'dans avec sur pour chez hacia embassy ambassade embajada government gouvernement gobierno mission return'
  ).split(' '),
);

// Capitalised words that may follow a country name without making it a first name ("Jordan Compact", "Lake Chad Basin").
const NAME_FOLLOWERS = new Set(
  (
    'basin valley river compact response plan government ministry authorities national country office mission ' +
    'delegation embassy programme program project strategy red crescent cross army police border coast and of in ' +
    'on for to the de et y le la el'
  ).split(' '),
);

const LANGUAGE_BEFORE = new Set(
  (
    'in en into from speak speaks spoke speaking spoken parle parlent parler parlant habla hablan hablar hablado ' +
    'translated traduit traduite traducido traducida learn learning apprendre aprender teach native du del ' +
    'maitrise connaissance dominio conocimiento knowledge fluent fluency proficiency'
  ).split(' '),
);

const LANGUAGE_AFTER = new Set(
  (
    'version versions language languages langue langues idioma idiomas lengua translation translations traduction ' +
    'traducción traduccion acronym acronyme sigla siglas name nom nombre title titre titulo text texte texto subtitles ' +
    'edition speaking speaker speakers course courses class classes lessons teacher teachers interpreter interpreters ' +
    'interpretation only speaking-countries creole criollo kreyol'
  ).split(' '),
);

const COORDINATION = new Set(['and', 'or', 'et', 'ou', 'y', 'o', 'e']);

// Capitalised words that make a non-governmental organisation's proper name around a country adjective. Ministries,
// embassies and the police are left out: "the Moroccan Ministry of Labour" does name Morocco.
const ORGANISATION_NAME_WORDS = new Set(
  (
    'council conseil consejo agency agence agencia association asociacion foundation fondation fundacion society ' +
    'societe sociedad institute institut instituto confederation confederacion federation federacion union cross ' +
    'croix cruz crescent croissant committee comite commission comision network reseau red'
  ).split(' '),
);

const EXTRA_LANGUAGES = [
  'English',
  'Arabic',
  'anglais',
  'arabe',
  'inglés',
  'árabe',
  'Pashto',
  'Dari',
  'Farsi',
  'Tigrinya',
];

function separator(tokens: Token[], text: string, left: number): string {
  const a = tokens[left];
  const b = tokens[left + 1];
  return a && b ? text.slice(a.end, b.start) : '';
}

/** Builds the guard for the given person-name and language-word lists. */
export function countryGuard(personNames: string[], languageWords: string[], adjectiveWords: string[] = []) {
  const persons = new Set(personNames.map(foldWord));
  const adjectives = new Set(adjectiveWords.map(foldWord));
  const languages = new Set([...languageWords, ...EXTRA_LANGUAGES].map(foldWord));
  const isLanguage = (t: Token | undefined) => t !== undefined && languages.has(t.key);

  function looksLikePerson(hit: PhraseHit<unknown>, tokens: Token[], text: string): boolean {
    const prev = tokens[hit.first - 1];
    const next = tokens[hit.last + 1];
    const isName = (t: Token) => isCapitalised(t.text) && !/^\p{Lu}+$/u.test(t.text);
    // "Michael Jordan": a capitalised word right before; "Chad Smith": a capitalised surname right after.
    if (prev && separator(tokens, text, hit.first - 1) === ' ' && isName(prev) && !NAME_CONTEXT.has(prev.key))
      return true;
    if (next && separator(tokens, text, hit.last) === ' ' && isName(next) && !NAME_FOLLOWERS.has(next.key)) return true;
    return false;
  }

  function looksLikeLanguage(hit: PhraseHit<unknown>, tokens: Token[], text: string): boolean {
    const prev = tokens[hit.first - 1];
    const next = tokens[hit.last + 1];
    const before = separator(tokens, text, hit.first - 1);
    const after = separator(tokens, text, hit.last);
    if (prev && /^\s+$/.test(before) && LANGUAGE_BEFORE.has(prev.key)) return true;
    if (!next || !/^\s+$/.test(after)) {
      // A language word at the end of a phrase or list ("in French.", "French, Spanish") is a language.
      return !next || after.includes(',') || after.includes('/') || !/^[\s-]+$/.test(after);
    }
    if (LANGUAGE_AFTER.has(next.key)) return true;
    if (COORDINATION.has(next.key) && isLanguage(tokens[hit.last + 2])) return true;
    if (prev && COORDINATION.has(prev.key) && isLanguage(tokens[hit.first - 2])) return true;
    if (prev && before.includes(',') && isLanguage(prev)) return true;
    return false;
  }

  /** "Danish Refugee Council", "Swiss Agency", "Agencia Alemana", "Cruz Roja Mexicana", "Croix-Rouge française". */
  function insideOrganisationName(hit: PhraseHit<unknown>, tokens: Token[], text: string): boolean {
    const orgWord = (t: Token | undefined) =>
      t !== undefined && isCapitalised(t.text) && ORGANISATION_NAME_WORDS.has(t.key);
    const joined = (left: number) => /^[\s-]{1,2}$/.test(separator(tokens, text, left));
    const after = hit.last;
    if (isCapitalised(tokens[hit.first]!.text) && joined(after)) {
      if (orgWord(tokens[after + 1])) return true;
      if (isCapitalised(tokens[after + 1]?.text ?? '') && joined(after + 1) && orgWord(tokens[after + 2])) return true;
    }
    const before = hit.first - 1;
    if (before >= 0 && joined(before)) {
      if (orgWord(tokens[before])) return true;
      if (before >= 1 && isCapitalised(tokens[before]!.text) && joined(before - 1) && orgWord(tokens[before - 1]))
        return true;
    }
    return false;
  }

  return (hit: PhraseHit<unknown>, tokens: Token[], text: string): boolean => {
    if (hit.first !== hit.last) return true;
    const key = tokens[hit.first]!.key;
    if (persons.has(key) && looksLikePerson(hit, tokens, text)) return false;
    if (languages.has(key) && looksLikeLanguage(hit, tokens, text)) return false;
    if (adjectives.has(key) && insideOrganisationName(hit, tokens, text)) return false;
    return true;
  };
}
