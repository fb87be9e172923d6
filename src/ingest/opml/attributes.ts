/** Outline attribute carrying a source's item type, so an OPML export read back restores it. */
export const OPML_TYPE_ATTRIBUTE = 'migrationHubType';
/** Outline attribute carrying a fixed polling interval in minutes. */
export const OPML_INTERVAL_ATTRIBUTE = 'migrationHubInterval';
