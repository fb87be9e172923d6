/**
 * A listing of contributions: each entry is a title line, a "Submitted by NAME on DATE" byline, then its text.
 * Repositories of practices publish such listings (one page per topic, e.g. per GCM objective), so entries are
 * practices; a "Subscribe to Objective N: …" line names the page's topic for every entry.
 */

import type { ContextHint } from '../../domain/item.js';
import { findCalendarDate } from './dates.js';
import { deriveTitle } from './headings.js';
import { joinParagraphs } from './lines.js';
import type { ItemDraft } from './types.js';

const BYLINE =
  /^(?:submitted|posted|published|added|contributed|shared|soumise?|publiée?|proposée?|ajoutée?|partagée?|enviad[oa]|publicad[oa]|propuest[oa]|compartid[oa])\s+(?:by|par|por)\s+(.+?)(?:\s+(?:on|le|el)(?:\s+(.+))?)?$/i;

/** The author (and date, when written) of a "Submitted by NAME on DATE" byline; undefined for any other line. */
export function parseByline(line: string): { name: string; published?: string } | undefined {
  if (line.length > 160) return undefined;
  const m = BYLINE.exec(line);
  if (!m) return undefined;
  const published = m[2] ? findCalendarDate(m[2]) : undefined;
  return published ? { name: m[1]!.trim(), published } : { name: m[1]!.trim() };
}

const SUBSCRIBE = /^(?:subscribe to|follow|s['’]abonner à|suivre|suscribirse a|suscríbete a|seguir)\s+(.+)$/i;
const OBJECTIVE = /^(?:objective|objectif|objetivo)\s+(\d{1,2})\s*[:.–-]\s*(.+)$/i;
const PAGER =
  /^(?:next|previous|prev|first|last|load more|show more|page \d+|suivant|précédent|plus|siguiente|anterior|más|[›»‹«]|\d{1,3})(?:\s*[›»‹«])?$/i;

/** The GCM objective a page is about, from "Subscribe to Objective N: title" or an "Objective N: title" heading. */
export function objectiveHint(line: string): ContextHint | undefined {
  const topic = SUBSCRIBE.exec(line)?.[1] ?? line;
  const m = OBJECTIVE.exec(topic);
  if (!m) return undefined;
  const objective = Number(m[1]);
  if (objective < 1 || objective > 23) return undefined;
  return { kind: 'objective', objective, evidence: `listed on the page of Objective ${objective}: ${m[2]!.trim()}` };
}

function isListingChrome(line: string): boolean {
  return SUBSCRIBE.test(line) || PAGER.test(line);
}

/** Whether the dump has the shape of a contribution listing: at least one byline line. */
export function isBylineLine(line: string): boolean {
  return parseByline(line) !== undefined;
}

/** Splits a contribution listing into practice entries. */
export function parseSubmittedListing(lines: readonly string[], warnings: string[]): ItemDraft[] {
  const bylines: number[] = [];
  const titles: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i] || !parseByline(lines[i]!)) continue;
    let t = i - 1;
    while (t >= 0 && !lines[t]) t--;
    const previousByline = bylines.length ? bylines[bylines.length - 1]! : -1;
    bylines.push(i);
    titles.push(t > previousByline ? t : -1);
  }

  const context: ContextHint[] = [];
  const noteObjective = (line: string) => {
    const hint = objectiveHint(line);
    if (hint && !context.some((c) => c.objective === hint.objective)) context.push(hint);
  };
  const firstTitle = titles[0] !== undefined && titles[0] >= 0 ? titles[0] : (bylines[0] ?? 0);
  for (let i = 0; i < firstTitle; i++) if (lines[i]) noteObjective(lines[i]!);

  const drafts: ItemDraft[] = [];
  for (let k = 0; k < bylines.length; k++) {
    const end = k + 1 < bylines.length ? (titles[k + 1]! >= 0 ? titles[k + 1]! : bylines[k + 1]!) : lines.length;
    const paragraphs: string[] = [];
    for (let i = bylines[k]! + 1; i < end; i++) {
      const line = lines[i]!;
      if (!line) continue;
      if (isListingChrome(line)) noteObjective(line);
      else paragraphs.push(line);
    }
    const byline = parseByline(lines[bylines[k]!]!)!;
    const text = joinParagraphs(paragraphs);
    const title = titles[k]! >= 0 ? lines[titles[k]!]! : text ? deriveTitle(text) : '';
    if (!title) {
      warnings.push(`Entry ${k + 1} has neither a title nor a text and was skipped.`);
      continue;
    }
    drafts.push({
      title,
      text,
      published: byline.published,
      submittedBy: byline.name,
      typeHint: 'practice',
    });
  }
  // The page's topic applies to every entry; it is often written after them ("Subscribe to …"), hence this pass.
  if (context.length) for (const d of drafts) d.context = context.map((c) => ({ ...c }));
  return drafts;
}
