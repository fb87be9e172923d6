/**
 * Finds the events a text reports or announces: a capitalised name holding an event word ("the 6th Silk Routes
 * Working Group Meeting", "ICMPD Summer School 2019"), or a lower-case one given a date, place or count ("a regional
 * conference in Abidjan on 17–18 November 2026"). Later sentences that refer back ("The meeting gathered 80
 * participants…") or give counts soon after add date, place, participants and countries represented.
 */
import type { EventRef } from '../../domain/entities.js';
import { organizationRecordByHint } from '../../domain/organizations.js';
import { type DateMention, findDates, isoDate, withYear } from './datesInText.js';
import {
  COUNTRIES_REPRESENTED,
  EVENT_ANAPHOR,
  EVENT_WORDS,
  NEEDS_QUALIFIER,
  PARTICIPANTS,
  PLACE,
  STRONG_EVENT_WORDS,
} from './eventPatterns.js';
import { findCountries } from './findCountries.js';
import { parseCount } from './numbersInText.js';
import {
  isTitleWord,
  readText,
  runBackward,
  runForward,
  type Sentence,
  sentenceWords,
  slugify,
  wordsOf,
} from './textSpans.js';

const QUICK =
  /meeting|conferen|workshop|training|seminar|summit|forum|webinar|consult|roundtable|symposium|school|hearing|congress|r[ée]union|atelier|formation|s[ée]minaire|sommet|colloque|rencontre|taller|capacitaci|cumbre|foro|encuentro|jornada|participant|representatives/i;
const FORWARD = new Set('of on for to the and sur de du des la le les l d sobre del el los las y et'.split(' '));
const LEADING = new Set(
  'the a an this that these its our le la les l un une ce cette el los las una este esta in on at for during from with by of to and'.split(
    ' ',
  ),
);
const NOT_BEFORE_EVENT = new Set(
  'a an the this that its our of in to and for with at on by from was were is are be been held hosted organised organized attended during first second third last next same such each every other le la les un une des du de cette el la los una del'.split(
    ' ',
  ),
);
const WINDOW = 8;
const STRONG_QUICK =
  /meeting|conferen|workshop|seminar|summit|forum|webinar|consultation|roundtable|symposium|congress|colloqu|r[ée]union|atelier|s[ée]minaire|sommet|webinaire|taller|cumbre|foro/i;
const PEOPLE_QUICK =
  /particip|represent|représent|official|officer|delegat|délégu|attendee|expert|people|person|professional|professionn|stakeholder|trainee|stagiaire|student|étudiant|estudiante|practitioner|journalist|periodista|actor|acteur/i;
const COUNTRY_QUICK = /countr|nation|states|pays|país|paises|estados|[ée]tats/i;
const NO_CONNECTORS = new Set<string>();
// Organisations whose name holds an event word ("United Nations Conference on Trade and Development") are not events,
// unless the word is one of these (the GFMD is both a process and the forum it holds).
const EVENT_EVEN_IF_ORGANISATION = new Set(['forum', 'foro', 'summit', 'sommet', 'cumbre']);
// A date written as a feed's publication stamp ("Tue, 16 Jul 2019 15:32:30") is not an event date.
const STAMP_BEFORE = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*$/;
const STAMP_AFTER = /^\s+\d{1,2}:\d{2}/;

interface NamedEvent {
  name: string;
  year?: number;
  start: number;
  end: number;
}

/** The sentence when short, else the words around the name. */
function evidenceAround(text: string, sentence: Sentence, event: NamedEvent): string {
  if (sentence.text.length <= 300) return sentence.text;
  const from = text.lastIndexOf(' ', Math.max(sentence.start, event.start - 100));
  const to = text.indexOf(' ', Math.min(sentence.end, event.end + 150));
  return text.slice(Math.max(sentence.start, from), to < 0 ? sentence.end : Math.min(to, sentence.end)).trim();
}

interface Draft {
  ref: EventRef;
  year?: number;
}

/** Events named in the text, in order of first mention, with what the sentences about them say. */
export function findEvents(input: string, published?: string): EventRef[] {
  if (!QUICK.test(input)) return [];
  const { text, sentences } = readText(input);
  const drafts: Draft[] = [];
  let recent: { draft: Draft; at: number } | null = null;
  sentences.forEach((sentence, index) => {
    const body = sentence.text;
    const named = QUICK.test(body)
      ? namedEvents(text, sentence).map((m) => note(drafts, m.name, evidenceAround(text, sentence, m), m.year))
      : [];
    let target: Draft | undefined = named[0];
    const inWindow = recent && index - recent.at <= WINDOW ? recent.draft : undefined;
    if (!target && inWindow && EVENT_ANAPHOR.test(body)) target = inWindow;
    const counts = readCounts(body);
    if (!target && inWindow && (counts.participants || counts.countries)) target = inWindow;
    const strong = !target && STRONG_QUICK.test(body);
    if (!target && !strong) return;
    // Dates and places are read only in sentences about an event: most sentences never pay for them.
    const dates = /\d/.test(body) ? eventDates(body) : [];
    const place = /\s(?:in|at|à|en|au|aux|a)\s/.test(body) ? readPlace(body) : undefined;
    if (!target && (dates.length > 0 || place || counts.participants)) {
      const unnamed = unnamedEvent(sentence);
      if (unnamed) target = note(drafts, unnamed, body.slice(0, 300));
    }
    if (!target) return;
    const ref = target.ref;
    if (!ref.date && dates[0]) setDates(target, dates[0], published);
    if (!ref.place && place) ref.place = place;
    if (ref.participants === undefined && counts.participants) ref.participants = counts.participants;
    if (ref.countriesRepresented === undefined && counts.countries) ref.countriesRepresented = counts.countries;
    recent = { draft: target, at: index };
  });
  return drafts.map(({ ref, year }) => {
    const base = slugify(ref.name);
    const id = year && !base.split('-').includes(String(year)) ? `${base}-${year}` : base;
    return { ...ref, id };
  });
}

function note(drafts: Draft[], name: string, evidence: string, year?: number): Draft {
  const key = slugify(name);
  const same = drafts.find((d) => {
    const other = slugify(d.ref.name);
    return other === key || other.startsWith(`${key}-`) || key.startsWith(`${other}-`);
  });
  if (same) {
    if (name.length > same.ref.name.length) same.ref.name = name;
    same.year ??= year;
    return same;
  }
  const draft: Draft = { ref: { id: key, name, evidence }, year };
  drafts.push(draft);
  return draft;
}

/** Capitalised event names in a sentence ("Thematic Meeting on Border Management", "ICMPD Summer School 2019"). */
function namedEvents(text: string, sentence: Sentence): NamedEvent[] {
  const words = sentenceWords(sentence);
  const found: NamedEvent[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (!EVENT_WORDS.has(word.key) || !/^\p{Lu}/u.test(word.text)) {
      i++;
      continue;
    }
    // Backward the name takes no connectors: "Context of the Thematic Meeting" is the Thematic Meeting.
    let first = runBackward(text, words, i, NO_CONNECTORS);
    while (
      first < i &&
      (LEADING.has(words[first]!.key) ||
        (/^\d+$/.test(words[first]!.key) && !/^(?:19|20)\d\d$/.test(words[first]!.key)))
    )
      first++;
    let last = runForward(text, words, i, FORWARD);
    // A year written before the next sentence part stays; "in Abidjan" does not ("in" is not read forward).
    const quoted = /^\s+(?:on|sur|sobre)\s+[“"«]([^”"»]{3,150})[”"»]/u.exec(text.slice(words[last]!.end, sentence.end));
    let name = text.slice(words[first]!.start, words[last]!.end);
    if (quoted) name += ` on ${quoted[1]!.trim()}`;
    const leadingYear = /^((?:19|20)\d\d)\s+/.exec(name);
    if (leadingYear) name = name.slice(leadingYear[0].length);
    const organisation = organizationRecordByHint(name) && !EVENT_EVEN_IF_ORGANISATION.has(word.key);
    if (name.includes(' ') && !organisation && !(NEEDS_QUALIFIER.has(word.key) && first === i)) {
      const year = leadingYear?.[1] ?? /(?:^|\s)((?:19|20)\d\d)$/.exec(name)?.[1];
      const after = /^\s+in\s+((?:19|20)\d\d)\b/.exec(text.slice(words[last]!.end, sentence.end));
      const start = words[first]!.start;
      found.push({
        name: name.replace(/[\s,]+$/, ''),
        year: Number(year ?? after?.[1]) || undefined,
        start,
        end: words[last]!.end,
      });
    }
    last = Math.max(last, i);
    i = last + 1;
  }
  return found;
}

/** A lower-case event phrase ("regional conference", "réunion technique" is read as "réunion"). */
function unnamedEvent(sentence: Sentence): string | null {
  const words = wordsOf(sentence.text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!STRONG_EVENT_WORDS.has(w.key) || isTitleWord(w)) continue;
    const previous = words[i - 1];
    const qualifier =
      previous &&
      !NOT_BEFORE_EVENT.has(previous.key) &&
      /^\p{Ll}/u.test(previous.text) &&
      !/(?:ed|s)$/.test(previous.key)
        ? `${previous.text} `
        : '';
    return `${qualifier}${w.text}`;
  }
  return null;
}

function setDates(draft: Draft, mention: DateMention, published?: string): void {
  const from = withYear(mention.from, published);
  const to = mention.to ? withYear({ ...mention.to, year: mention.to.year ?? from.year }, published) : undefined;
  const date = isoDate(from);
  if (!date || from.day === undefined) return;
  draft.ref.date = date;
  draft.year ??= from.year;
  const end = to ? isoDate(to) : undefined;
  if (end && end > date) draft.ref.endDate = end;
}

/** Day-precise dates of a sentence, leaving out feed time stamps. */
function eventDates(body: string): DateMention[] {
  return findDates(body).filter(
    (d) =>
      d.from.day !== undefined &&
      d.from.month !== undefined &&
      !STAMP_BEFORE.test(body.slice(Math.max(0, d.start - 12), d.start)) &&
      !STAMP_AFTER.test(body.slice(d.end)),
  );
}

function readCounts(sentence: string): { participants?: number; countries?: number } {
  const result: { participants?: number; countries?: number } = {};
  // Digits first: a count in words ("forty participants") is rare and always sits next to such a word.
  if (!/\d/.test(sentence) && !/particip|represent|représent/i.test(sentence)) return result;
  if (!PEOPLE_QUICK.test(sentence)) return result;
  for (const m of sentence.matchAll(PARTICIPANTS)) {
    const n = parseCount(m[1]!);
    if (n !== undefined && n > 1) {
      result.participants = n;
      break;
    }
  }
  if (!COUNTRY_QUICK.test(sentence)) return result;
  for (const m of sentence.matchAll(COUNTRIES_REPRESENTED)) {
    const n = parseCount(m[1]!);
    if (n !== undefined && n > 1) {
      result.countries = n;
      break;
    }
  }
  return result;
}

/** The first place phrase that names a known country or city. */
function readPlace(sentence: string): string | undefined {
  for (const m of sentence.matchAll(PLACE)) {
    const phrase = m[1]!;
    if (findCountries(phrase).length > 0) return phrase;
  }
  return undefined;
}
