/** One record of a WARC file, as the reader yields it. */
export interface WarcRecord {
  /** 1-based position of the record in the archive, for messages and stable provenance. */
  index: number;
  /** "1.0" or "1.1". */
  version: string;
  /** WARC-Type in lower case: warcinfo, response, request, metadata, resource, conversion, revisit… */
  type: string;
  /** Header fields by lower-case name; a repeated field keeps its last value. */
  headers: Record<string, string>;
  targetUri?: string;
  /** WARC-Date as written (ISO 8601, UTC). */
  date?: string;
  contentType?: string;
  contentLength: number;
  /** The record block; null when it was not read (a type nobody asked for, or larger than the cap). */
  body: Buffer | null;
  skipped?: 'type' | 'too-large';
}

/** WARC-Type values that carry documents; warcinfo, request, metadata and revisit records carry none. */
export const CONTENT_RECORD_TYPES: ReadonlySet<string> = new Set(['response', 'resource', 'conversion']);
