import { type Source, sourceStatus } from '../../domain/source.js';

/** A source's status in words: "ok", "new (never fetched)", "failing since … (3 errors)". */
export function statusInWords(source: Source): string {
  switch (sourceStatus(source)) {
    case 'ok':
      return 'ok';
    case 'new':
      return 'new (never fetched)';
    case 'failing': {
      const count = source.errorCount === 1 ? '1 error' : `${source.errorCount} errors`;
      return `failing since ${shortDate(source.errorSince)} (${count})`;
    }
  }
}

/** The JSON line `sources list --json` prints for a source: every field (its type hint as `itemType`) and its status. */
export function sourceLine(source: Source): object {
  const { type, ...fields } = source;
  return { type: 'source', ...fields, ...(type ? { itemType: type } : {}), status: sourceStatus(source) };
}

/** A readable table of sources; a failing source gets its last error on the line below. */
export function sourcesTable(sources: readonly Source[]): string {
  if (sources.length === 0) return 'No sources yet. Add one with: migration-hub sources add URL\n';
  const rows = sources.map((s) => [
    String(s.id),
    truncate(s.name, 32),
    statusInWords(s),
    s.lastFetchedAt ? shortDate(s.lastFetchedAt) : '—',
    String(s.itemCount),
    s.url,
  ]);
  const header = ['ID', 'NAME', 'STATUS', 'LAST FETCH', 'ITEMS', 'URL'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(header)];
  for (const [index, source] of sources.entries()) {
    out.push(line(rows[index] ?? []));
    if (source.lastError) out.push(`${' '.repeat((widths[0] ?? 0) + 2)}last error: ${source.lastError}`);
  }
  return `${out.join('\n')}\n`;
}

/** "2024-06-01T12:00Z": an ISO 8601 time to the minute, in UTC. */
export function shortDate(iso: string | undefined): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : `${new Date(time).toISOString().slice(0, 16)}Z`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
