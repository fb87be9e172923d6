import type { Locale } from '../i18n/index.js';

/** Strings of the sources page, kept beside it: only operators read it, and it changes with polling. */
const en = {
  heading: 'Sources',
  intro:
    'The feeds and pages the hub fetches on its own, with the state of their last fetch. Operators add and remove them with the migration-hub sources command.',
  empty: 'No sources yet. An operator can add one with: migration-hub sources add URL',
  caption: '{count} sources',
  name: 'Source',
  status: 'Status',
  lastFetch: 'Last fetch',
  nextFetch: 'Next fetch',
  items: 'Items',
  statusOk: 'Working',
  statusNew: 'Not fetched yet',
  statusFailing: 'Failing since {since} ({count} failed attempts)',
  statusFailingOne: 'Failing since {since} (1 failed attempt)',
  lastError: 'What went wrong',
  never: 'never',
  every: 'every {interval}',
  adaptive: 'adapted to how often it publishes',
};

export type SourcesMessages = typeof en;

const fr: SourcesMessages = {
  heading: 'Sources',
  intro:
    'Les flux et les pages que le hub va chercher de lui-même, avec l’état de leur dernière lecture. Les opérateurs les ajoutent et les retirent avec la commande migration-hub sources.',
  empty: 'Aucune source pour l’instant. Un opérateur peut en ajouter avec : migration-hub sources add URL',
  caption: '{count} sources',
  name: 'Source',
  status: 'État',
  lastFetch: 'Dernière lecture',
  nextFetch: 'Prochaine lecture',
  items: 'Éléments',
  statusOk: 'Fonctionne',
  statusNew: 'Pas encore lue',
  statusFailing: 'En échec depuis le {since} ({count} tentatives échouées)',
  statusFailingOne: 'En échec depuis le {since} (1 tentative échouée)',
  lastError: 'Ce qui n’a pas marché',
  never: 'jamais',
  every: 'toutes les {interval}',
  adaptive: 'selon son rythme de publication',
};

const es: SourcesMessages = {
  heading: 'Fuentes',
  intro:
    'Los canales y páginas que el hub consulta por sí mismo, con el estado de su última lectura. Los operadores los añaden y retiran con el comando migration-hub sources.',
  empty: 'Todavía no hay fuentes. Un operador puede añadir una con: migration-hub sources add URL',
  caption: '{count} fuentes',
  name: 'Fuente',
  status: 'Estado',
  lastFetch: 'Última lectura',
  nextFetch: 'Próxima lectura',
  items: 'Elementos',
  statusOk: 'Funciona',
  statusNew: 'Aún no leída',
  statusFailing: 'Falla desde el {since} ({count} intentos fallidos)',
  statusFailingOne: 'Falla desde el {since} (1 intento fallido)',
  lastError: 'Qué falló',
  never: 'nunca',
  every: 'cada {interval}',
  adaptive: 'según su ritmo de publicación',
};

const catalogues: Record<Locale, SourcesMessages> = { en, fr, es };

export function sourcesMessages(locale: Locale): SourcesMessages {
  return catalogues[locale];
}
