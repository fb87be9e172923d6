/**
 * Finds where a sentence names a project or programme: "the X project", "the project ‘X’", "project entitled ‘X’",
 * "X Project (ACR)", "programme X (ACR)", "Project: X (ACR)", "le projet X", "el proyecto X", "programa X".
 */
import { organizationRecordByHint } from '../../domain/organizations.js';
import { findCountries } from './findCountries.js';
import { isRoleWord } from './roleWords.js';
import {
  acronymIn,
  isTitleWord,
  joined,
  looksLikeAcronym,
  runBackward,
  runForward,
  type Sentence,
  sentenceWords,
  type Word,
  wordsOf,
} from './textSpans.js';

export interface ProjectMention {
  name: string;
  acronym?: string;
  /** Organisations read from the name's surroundings: "ICMPD’s X project", "a joint IOM and ICMC project". */
  implementers: string[];
  start: number;
  end: number;
}

export const TRIGGERS = new Set(
  'project projects projet projets proyecto proyectos programme programmes program programs programa programas'.split(
    ' ',
  ),
);
const PLURAL = new Set(['projects', 'projets', 'proyectos', 'programmes', 'programs', 'programas']);
// Words that open a sentence or a noun phrase and never start a project name.
const LEADING = new Set(
  'the a an this that these our its their his her new le la les l un une ce cet cette el los las una este esta estos nuevo nouveau in on for under with by from at of to and en dans sous con por para project news several various many other some all both each'.split(
    ' ',
  ),
);
const INDEFINITE = new Set(['a', 'an', 'un', 'une', 'una', 'another', 'other', 'several', 'various', 'many']);
// Words after "project" that are not a name ("Project Manager", "Project News", "Project Team").
const NOT_A_NAME = new Set(
  'news team manager management partners partner staff document documents website page office board committee cycle proposal proposals funding activities activity results implementation countries phase'.split(
    ' ',
  ),
);
const CLOSE_FOR: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»', '„': '“' };
const LEAD_IN =
  /^\s*,?\s*(?:entitled|titled|called|named|known as|intitulé|intitulée|appelé|titulado|denominado|llamado)?\s*,?\s*:?\s*$/iu;

function clean(name: string): string {
  return name
    .replace(/<+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:;\-–]+|[\s,.:;\-–]+$/g, '');
}

/** True when a candidate name is an organisation, a country or a role rather than a project. */
function notAProject(name: string): boolean {
  if (!name || organizationRecordByHint(name)) return true;
  const first = name.split(/\s+/)[0] ?? '';
  if (NOT_A_NAME.has(first.toLowerCase()) || isRoleWord(first)) return true;
  const countries = findCountries(name);
  return countries.length === 1 && countries[0]!.evidence.includes(name);
}

/** The quoted name right after `from` (after "entitled," or a colon), with a following "(ACR)". */
function quotedAfter(
  text: string,
  from: number,
  limit: number,
): { name: string; acronym?: string; end: number } | null {
  const window = text.slice(from, Math.min(limit, from + 400));
  const open = /[“"‘'«„]/.exec(window);
  if (!open || !LEAD_IN.test(window.slice(0, open.index))) return null;
  const quote = open[0];
  const body = window.slice(open.index + 1);
  const closing = CLOSE_FOR[quote] ?? quote;
  // An apostrophe inside a word ("Children’s") does not close the quote.
  const close = new RegExp(`(?<=[.!?,;])${closing}|${closing}(?![\\p{L}])`, 'u').exec(body);
  let name = close ? body.slice(0, close.index) : (/^[^.;\n]*/.exec(body)?.[0] ?? '');
  let end = from + open.index + 1 + (close ? close.index + 1 : name.length);
  if (!close) {
    // An unclosed quote: keep the capitalised run after it ("‘Support to Free Movement … (FMM West Africa) aims").
    const words = wordsOf(name);
    if (!words[0] || !isTitleWord(words[0])) return null;
    name = name.slice(0, words[runForward(name, words, 0)]!.end);
    end = from + open.index + 1 + name.length;
  }
  const paren = /^\s*\(([^()]{2,40})\)/.exec(text.slice(end));
  let acronym = paren ? (acronymIn(paren[1] ?? '') ?? undefined) : undefined;
  if (paren) end += paren[0].length;
  const inner = /\s*\(([^()]{2,40})\)\s*$/.exec(name);
  if (inner && acronymIn(inner[1] ?? '')) {
    acronym ??= acronymIn(inner[1] ?? '') ?? undefined;
    name = name.slice(0, inner.index);
  }
  name = clean(name);
  return name.length >= 3 ? { name, acronym, end } : null;
}

/** The quoted name ending right before `to` ("the ‘Practical Cooperation in EU Resettlement’ project"). */
function quotedBefore(
  text: string,
  to: number,
  floor: number,
): { name: string; acronym?: string; start: number } | null {
  const window = text.slice(Math.max(floor, to - 300), to);
  const close = /([”"’'»])\s*$/.exec(window);
  if (!close) return null;
  const closing = close[1]!;
  const opening = Object.keys(CLOSE_FOR).find((o) => CLOSE_FOR[o] === closing) ?? closing;
  const body = window.slice(0, close.index);
  const open = body.lastIndexOf(opening);
  if (open < 0) return null;
  let name = body.slice(open + 1);
  let acronym: string | undefined;
  const inner = /\s*\(([^()]{2,40})\)\s*$/.exec(name);
  if (inner && acronymIn(inner[1] ?? '')) {
    acronym = acronymIn(inner[1] ?? '') ?? undefined;
    name = name.slice(0, inner.index);
  }
  name = clean(name);
  if (name.length < 3 || !/^[\p{Lu}\p{N}]/u.test(name)) return null;
  return { name, acronym, start: to - window.length + open };
}

/** Project mentions of one sentence, left to right. */
export function projectMentions(text: string, sentence: Sentence): ProjectMention[] {
  const words = sentenceWords(sentence);
  const mentions: ProjectMention[] = [];
  const labelled =
    /^([^:\n]{2,60}):\s+(?:A|An|Un|Une|Una)\s+(?:project|programme|program|projet|proyecto|programa)\b/u.exec(
      sentence.text,
    );
  if (labelled && /^[\p{Lu}\p{N}]/u.test(labelled[1]!) && !notAProject(clean(labelled[1]!))) {
    mentions.push({
      name: clean(labelled[1]!),
      implementers: [],
      start: sentence.start,
      end: sentence.start + labelled[1]!.length,
    });
  }
  for (let i = 0; i < words.length; i++) {
    const trigger = words[i]!;
    if (!TRIGGERS.has(trigger.key)) continue;
    const mention = mentionAt(text, sentence, words, i);
    if (mention && !mentions.some((m) => m.start < mention.end && mention.start < m.end)) mentions.push(mention);
  }
  return mentions;
}

function mentionAt(text: string, sentence: Sentence, words: Word[], i: number): ProjectMention | null {
  const trigger = words[i]!;
  const capital = /^\p{Lu}/u.test(trigger.text);
  const implementers: string[] = [];
  // Backward: "the IBM Silk Routes project", "X (ACR) project", "Mediterranean … Migration Project".
  let before: { name: string; acronym?: string; start: number } | null = null;
  let k = i - 1;
  let acronymBefore: string | undefined;
  const parenBefore = /\(([^()]{2,40})\)\s*$/.exec(text.slice(sentence.start, trigger.start));
  if (parenBefore && acronymIn(parenBefore[1] ?? '')) {
    acronymBefore = acronymIn(parenBefore[1] ?? '') ?? undefined;
    const open = sentence.start + parenBefore.index;
    while (k >= 0 && words[k]!.start > open) k--;
  }
  if (
    k >= 0 &&
    !PLURAL.has(trigger.key) &&
    isTitleWord(words[k]!) &&
    (acronymBefore || joined(text, words[k]!, trigger))
  ) {
    let first = runBackward(text, words, k);
    // Leading determiners, bare numbers ("+0200") and "EU-funded" are not part of the name.
    while (
      first <= k &&
      (LEADING.has(words[first]!.key) || /^\d+$|-(?:funded|financed|led|based)$/.test(words[first]!.key))
    )
      first++;
    const preceding = words.slice(Math.max(0, first - 3), first).map((w) => w.key);
    if (first <= k && !preceding.some((w) => INDEFINITE.has(w))) {
      const name = text.slice(words[first]!.start, capital && !acronymBefore ? trigger.end : words[k]!.end);
      before = { name: clean(name), acronym: acronymBefore, start: words[first]!.start };
      const owner = words[first - 1]?.kind === 'possessive' ? words[first - 2] : undefined;
      const ownerOrg = owner ? organizationRecordByHint(owner.text) : undefined;
      if (ownerOrg) implementers.push(ownerOrg.id);
    }
  }
  if (!before) {
    const quoted = quotedBefore(text, trigger.start, sentence.start);
    if (quoted) before = quoted;
  }
  // Forward: a quoted title, "Project: X (ACR)", "the project PEM N'Zassa", "programmes MIEUX …".
  const after = quotedAfter(text, trigger.end, sentence.end);
  if (after) {
    const acronym = before && looksLikeAcronym(before.name) ? before.name : after.acronym;
    const orgs = before ? organisationList(before.name) : [];
    return {
      name: after.name,
      acronym,
      implementers: [...implementers, ...orgs],
      start: before?.start ?? trigger.start,
      end: after.end,
    };
  }
  if (before) {
    const orgs = organisationList(before.name);
    if (orgs.length > 0 || notAProject(before.name)) return null;
    const paren = /^\s*\(([^()]{2,40})\)/.exec(text.slice(trigger.end));
    let acronym = before.acronym ?? (paren ? (acronymIn(paren[1] ?? '') ?? undefined) : undefined);
    let end = trigger.end + (paren && acronym ? paren[0].length : 0);
    let name = before.name;
    if (capital && !before.acronym) {
      // "Support Programme to the Africa-EU Migration and Mobility Dialogue (MMD)": the name goes on.
      const last = runForward(text, words, i);
      if (last > i) {
        name = clean(text.slice(before.start, words[last]!.end));
        const tail = /^\s*\(([^()]{2,40})\)/.exec(text.slice(words[last]!.end));
        acronym = tail ? (acronymIn(tail[1] ?? '') ?? acronym) : acronym;
        end = words[last]!.end + (tail ? tail[0].length : 0);
      }
    }
    if (!acronym && looksLikeAcronym(name)) acronym = name;
    return { name, acronym, implementers, start: before.start, end };
  }
  const next = words[i + 1];
  if (!next || NOT_A_NAME.has(next.key)) return null;
  const gap = text.slice(trigger.end, next.start);
  const label = capital && /^\s*:\s*$/.test(gap);
  const connector = capital && /^\s+$/.test(gap) && ['for', 'of', 'to', 'on', 'pour', 'de', 'para'].includes(next.key);
  if (!connector && !isTitleWord(next)) return null;
  const determined =
    !capital &&
    /^\s+$/.test(gap) &&
    (PLURAL.has(trigger.key) || /^(the|le|la|el|du|del|our)$/.test(words[i - 1]?.key ?? ''));
  if (!label && !determined && !(capital && joined(text, trigger, next) && connector)) return null;
  const from = connector ? i : i + 1;
  const last = runForward(text, words, from);
  let name = clean(text.slice(words[from]!.start, words[last]!.end));
  if (notAProject(name) || /^\d+$/.test(name)) return null;
  const paren = /^\s*\(([^()]{2,40})\)/.exec(text.slice(words[last]!.end));
  let acronym = paren ? (acronymIn(paren[1] ?? '') ?? undefined) : undefined;
  if (!acronym && looksLikeAcronym(name)) acronym = name;
  if (connector && !/^\p{Lu}/u.test(words[from + 1]?.text ?? '') && last === from) return null;
  name = name.replace(/\s+\d{4}$/, (y) => y);
  return {
    name,
    acronym,
    implementers,
    start: trigger.start,
    end: words[last]!.end + (paren && acronym ? paren[0].length : 0),
  };
}

/** Ids of the organisations when a name is only a list of them ("IOM, UNHCR and ICMC"), else []. */
function organisationList(name: string): string[] {
  const parts = name.split(/\s*,\s*|\s+(?:and|et|y|&)\s+/).filter(Boolean);
  const ids = parts.map((p) => organizationRecordByHint(p)?.id);
  return ids.every((id) => id !== undefined) ? (ids as string[]) : [];
}
