/**
 * Finds the projects and programmes a text names, with acronym, funders, implementers, countries and period, read
 * from the sentences about each project: the sentence naming it, later sentences naming it again, and sentences that
 * refer back to it ("The project is co-funded by…", "It runs from…").
 */
import type { ProjectRef } from '../../domain/entities.js';
import { endAfterMonths, findDates, isoDate, spanDays } from './datesInText.js';
import { findCountries } from './findCountries.js';
import { COUNT_SOURCE, parseCount } from './numbersInText.js';
import { readParties } from './parties.js';
import { type ProjectMention, projectMentions } from './projectNames.js';
import { readText, type Sentence, slugify } from './textSpans.js';

const QUICK = /proje[ct]|program|proyect/i;
const FUNDED_BY =
  /\b(?:co-?funded|funded|co-?financed|financed|sponsored)\s+by\b|\bwith (?:the )?(?:financial )?support (?:of|from)\b|\b(?:co-?)?financ[ée]e?s?\s+par\b|\bavec le soutien (?:de|du|des)\b|\b(?:co)?financiad[oa]s?\s+por\b|\bcon el apoyo (?:de|del)\b/giu;
const IMPLEMENTED_BY =
  /\b(?:implemented|led|run|managed|coordinated|carried out)\s+by\b|\bin (?:partnership|cooperation|collaboration) with\b|\bmis(?:e)? en (?:œ|oe)uvre par\b|\b(?:mené|menée|piloté|pilotée)\s+par\b|\ben partenariat avec\b|\b(?:implementad|ejecutad|liderad)[oa]s?\s+por\b|\ben (?:colaboración|asociación|alianza) con\b/giu;
const PREFIX_FUNDED = /\b(\p{Lu}[\p{L}]{1,12})-(?:funded|financed|financé|financée|financiado|financiada)\b/gu;
const FUNDING_NOUN = /\bwith (\p{Lu}{2,5}) funding\b/gu;
const DURATION = new RegExp(
  `\\b(?:for|over|pour|sur|durante|por)\\s+(?:a\\s+(?:period|duration)\\s+of\\s+|une durée de\\s+|un (?:periodo|período) de\\s+)?(${COUNT_SOURCE})\\s+(months?|years?|mois|ans|années|meses|años)\\b`,
  'iu',
);
const SINCE = /\b(?:since|depuis|desde)\s+(?:(?:early|late|mid-?)\s+)?$/iu;
const ANAPHOR =
  /^(?:the|this|that|our|le|ce|cet|el|este|dicho)\s+(?:new\s+|nouveau\s+|nuevo\s+)?(?:project|programme|program|initiative|projet|proyecto|programa)\b/iu;
const PRONOUN = /^(?:it|il|elle)\b/iu;
const INDEFINITE =
  /\b(?:a|an|un|une|una)\s+(?:new\s+|follow-up\s+|joint\s+|nouveau\s+|nuevo\s+)?(?:project|programme|program|projet|proyecto|programa)\b/iu;
const REFERENCE_WINDOW = 4;
const FUNDING_QUICK = /fund|financ|support|soutien|apoyo|sponsor/i;
const BY_QUICK = / by | par | por | with | avec | con /i;

interface Draft {
  ref: ProjectRef;
  sentences: Sentence[];
}

/** Projects and programmes named in the text, in order of first mention; mentions of the same project merged. */
export function findProjects(input: string): ProjectRef[] {
  if (!QUICK.test(input)) return [];
  const { text, sentences } = readText(input);
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  let recent: { draft: Draft; at: number } | null = null;
  let previousWasAbout = false;

  sentences.forEach((sentence, index) => {
    const mentions = QUICK.test(sentence.text) ? projectMentions(text, sentence) : [];
    const about: Array<{ draft: Draft; start: number }> = mentions.map((m) => ({
      draft: note(m, sentence),
      start: m.start,
    }));
    for (const draft of drafts) {
      if (about.some((a) => a.draft === draft)) continue;
      const at = namedAt(sentence, draft.ref);
      if (at >= 0) about.push({ draft, start: at });
    }
    if (about.length === 0 && recent && index - recent.at <= REFERENCE_WINDOW) {
      const head = sentence.text.trimStart();
      if (ANAPHOR.test(head) || (previousWasAbout && PRONOUN.test(head)))
        about.push({ draft: recent.draft, start: sentence.start });
    }
    if (about.length === 0 && QUICK.test(sentence.text) && INDEFINITE.test(sentence.text)) recent = null;
    previousWasAbout = about.length > 0;
    if (about.length === 0) return;
    about.sort((a, b) => a.start - b.start);
    readAttributes(text, sentence, about);
    recent = { draft: about[about.length - 1]!.draft, at: index };
  });

  function note(mention: ProjectMention, sentence: Sentence): Draft {
    const keys = [mention.acronym, mention.name].filter((k): k is string => Boolean(k)).map(slugify);
    let draft = keys.map((k) => byKey.get(k)).find((d) => d !== undefined);
    if (!draft) {
      const id = keys[0] ?? slugify(mention.name);
      draft = {
        ref: {
          id,
          name: mention.name,
          funders: [],
          implementers: [],
          countries: [],
          evidence: sentence.text.slice(0, 400),
        },
        sentences: [],
      };
      drafts.push(draft);
    } else if (!draft.ref.acronym && mention.acronym) {
      // A later mention gives the acronym: the longer form becomes the name.
      if (mention.name.length > draft.ref.name.length) draft.ref.name = mention.name;
    } else if (draft.ref.acronym && draft.ref.name === draft.ref.acronym && mention.name !== mention.acronym) {
      draft.ref.name = mention.name;
    }
    if (mention.acronym && !draft.ref.acronym) draft.ref.acronym = mention.acronym;
    for (const key of [draft.ref.acronym, draft.ref.name, ...keys]) if (key) byKey.set(slugify(key), draft);
    addAll(draft.ref.implementers, mention.implementers);
    return draft;
  }

  return drafts.map(({ ref, sentences: about }) => {
    const countries = findCountries(about.map((s) => s.text).join('\n')).map((c) => c.code);
    return { ...ref, countries };
  });

  function readAttributes(source: string, sentence: Sentence, about: Array<{ draft: Draft; start: number }>): void {
    const owner = (position: number) => {
      let chosen = about[0]!.draft;
      for (const a of about) if (a.start <= position) chosen = a.draft;
      return chosen;
    };
    for (const a of about) if (!a.draft.sentences.includes(sentence)) a.draft.sentences.push(sentence);
    const body = sentence.text;
    // Cheap tests first: most sentences about a project name neither funder, implementer nor period.
    const funding = FUNDING_QUICK.test(body);
    for (const m of funding ? body.matchAll(FUNDED_BY) : []) {
      const at = sentence.start + (m.index ?? 0) + m[0].length;
      addAll(owner(at).ref.funders, readParties(source, at, sentence.end));
    }
    for (const m of BY_QUICK.test(body) ? body.matchAll(IMPLEMENTED_BY) : []) {
      const at = sentence.start + (m.index ?? 0) + m[0].length;
      addAll(owner(at).ref.implementers, readParties(source, at, sentence.end));
    }
    for (const m of funding ? body.matchAll(PREFIX_FUNDED) : []) {
      const at = sentence.start + (m.index ?? 0);
      addAll(owner(at + m[0].length + 40).ref.funders, readParties(m[1]!, 0, m[1]!.length));
    }
    for (const m of funding ? body.matchAll(FUNDING_NOUN) : []) {
      addAll(owner(sentence.start + (m.index ?? 0)).ref.funders, readParties(m[1]!, 0, m[1]!.length));
    }
    if (/\d/.test(body)) readPeriod(body, owner(sentence.start + body.length).ref);
  }
}

/** Offset of a later mention of the project by its name or acronym, else -1. */
function namedAt(sentence: Sentence, ref: ProjectRef): number {
  for (const name of [ref.acronym, ref.name]) {
    if (!name || name.length < 3) continue;
    const at = sentence.text.indexOf(name);
    if (at < 0) continue;
    const before = sentence.text[at - 1] ?? ' ';
    const after = sentence.text[at + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return sentence.start + at;
  }
  return -1;
}

/** Start, end and duration from a sentence about the project; short spans (events) are left out. */
function readPeriod(body: string, ref: ProjectRef): void {
  if (ref.start) return;
  const duration = DURATION.exec(body);
  const months = duration ? toMonths(duration[1]!, duration[2]!) : undefined;
  for (const date of findDates(body)) {
    const since = SINCE.test(body.slice(Math.max(0, date.start - 20), date.start));
    const start = isoDate(date.from);
    if (!start) continue;
    if (date.to && spanDays(date) >= 28) {
      ref.start = start;
      ref.end = isoDate(date.to, true);
      if (months) ref.durationMonths = months;
      return;
    }
    if (!date.to && date.from.day && months && duration && duration.index > date.start) {
      ref.start = start;
      ref.durationMonths = months;
      ref.end = endAfterMonths(start, months);
      return;
    }
    if (!date.to && since) {
      ref.start = start;
      return;
    }
  }
  if (months && !ref.durationMonths) ref.durationMonths = months;
}

function toMonths(count: string, unit: string): number | undefined {
  const n = parseCount(count);
  if (n === undefined) return undefined;
  return /^(?:month|mois|mes)/i.test(unit) ? n : n * 12;
}

function addAll(target: string[], values: string[]): void {
  for (const v of values) if (!target.includes(v)) target.push(v);
}
