import cliProgress from 'cli-progress';
import type { ArchiveProgress } from '../pipeline/importArchive.js';
import type { FileOutcome } from '../pipeline/importFiles.js';

/** A progress bar on stderr (only on a terminal): files done, items per second, errors so far. */
export function fileProgress(enabled: boolean): {
  onFile: (o: FileOutcome, i: number, total: number) => void;
  /** While a web archive streams: records/s, kept and dropped items, shown after the bar. */
  onArchive: (p: ArchiveProgress, i: number, total: number) => void;
  stop: () => void;
} {
  if (!enabled) return { onFile: () => {}, onArchive: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'importing [{bar}] {value}/{total} files | {items} items | {rate} items/s | {errors} errors{archive}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let items = 0;
  let errors = 0;
  let begun = false;
  return {
    onFile(outcome, index, total) {
      if (!begun) {
        bar.start(total, 0, { items: 0, rate: 0, errors: 0, archive: '' });
        begun = true;
      }
      items += outcome.added + outcome.updated + outcome.skipped;
      if (outcome.error) errors++;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(index + 1, { items, errors, rate: Math.round(items / seconds), archive: '' });
    },
    onArchive(p, index, total) {
      if (!begun) {
        bar.start(total, index, { items: 0, rate: 0, errors: 0, archive: '' });
        begun = true;
      }
      const archive = ` | archive: ${p.records} records (${p.recordsPerSecond}/s), ${p.kept} kept, ${p.dropped} dropped, ${p.errors} errors`;
      bar.update(index, { archive });
    },
    stop: () => {
      if (begun) bar.stop();
    },
  };
}
