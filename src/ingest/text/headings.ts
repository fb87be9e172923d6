/** Tells headings from paragraphs, and finds a title where a dump has none. */

import { wordCount } from './lines.js';

// A sentence break inside the line: ". Next" — but not after common abbreviations such as "Dr." or "Mr.".
const SENTENCE_BREAK =
  /(?<!\b(?:Dr|Mr|Mrs|Ms|St|No|Nr|Prof|Mt|vs|Ltd|Inc|Sr|Jr|Dra|Sra|Mme|M))[.!?]["”’)]?\s+[\p{Lu}"“‘]/u;
const PROSE_END = /[.,;:]$/;

/** A short line without sentence punctuation at its end or inside: a title, kicker or section name. */
export function isHeadingLike(line: string): boolean {
  if (!line || line.length > 200 || wordCount(line) > 25) return false;
  if (PROSE_END.test(line)) return false;
  return !SENTENCE_BREAK.test(line);
}

const FIRST_SENTENCE = /^.+?[.!?](?=\s|$)/u;
// Verbs that typically end the subject of an opening sentence, so the subject can stand as a title.
const MAIN_VERB =
  /\s(?:aims?|is|are|was|were|will|has|have|had|seeks?|invites?|launch(?:es|ed)?|opens?|offers?|abre|abren|ouvre|ouvrent|provides?|supports?|announces?|calls?|brings?|helps?|vise|visent|est|sont|ont|lance|invite|offre|busca|buscan|es|son|tiene|tienen|lanza|ofrece|invita|pretende)\s/u;
const PARENTHESISED_NAME = /\(([\p{Lu}][^()]{2,60})\)/u;
const MAX_TITLE_WORDS = 12;

// Words a cut-off title should not end on.
const DANGLING =
  /^(?:a|an|and|or|of|the|to|in|on|for|with|by|at|et|ou|de|du|des|la|le|les|à|au|y|o|el|los|las|del|en|con|por|para)$/i;

function firstWords(text: string, n: number): string {
  const words = text.split(' ');
  if (words.length <= n) return text;
  let end = n;
  while (end > 1 && DANGLING.test(words[end - 1]!)) end--;
  return `${words.slice(0, end).join(' ')}…`;
}

/**
 * A short title for a block that has no heading, taken from its first sentence: a multi-word name given in
 * parentheses ("(FMM West Africa)"), else the sentence's subject, else its first words.
 */
export function deriveTitle(paragraph: string): string {
  const text = paragraph.trim();
  const sentence = (FIRST_SENTENCE.exec(text)?.[0] ?? text).replace(/[.!?]$/, '');
  const verb = MAIN_VERB.exec(sentence);
  const subject = verb ? sentence.slice(0, verb.index) : sentence;
  const named = PARENTHESISED_NAME.exec(subject)?.[1];
  if (named && wordCount(named) >= 2 && wordCount(named) <= 6) return named.trim();
  if (verb && wordCount(subject) <= MAX_TITLE_WORDS && wordCount(subject) >= 2) return subject.trim();
  return firstWords(sentence, MAX_TITLE_WORDS - 2);
}

const QUOTED_DOCUMENT =
  /(?<![\p{L}\p{N}])(?:document|report|publication|study|guide|guidance|handbook|toolkit|paper|manual|brief|rapport|étude|manuel|documento|informe|estudio|guía|publicación)(?![\p{L}\p{N}])[^“”"«».\n]{0,40}?(?:“|"|«\s?)([^“”"«»\n]{8,300}?)(?:”|"|\s?»)/iu;

/** The name of a document given in quotes after "report", "guidance document", "étude", "informe"…; else undefined. */
export function quotedDocumentTitle(text: string): string | undefined {
  return QUOTED_DOCUMENT.exec(text)?.[1]?.trim();
}
