/** Function words frequent in one of the Hub's three languages and rare in the other two (shared ones such as "de", "la", "en", "que" are left out). */
export const STOP_WORDS: Record<'en' | 'fr' | 'es', ReadonlySet<string>> = {
  en: new Set(
    (
      'the and of to in is are was were for with on that this from by be has have had will which their its it an at as ' +
      'or not but they we our these those been who would should can also into than more about between through'
    ).split(' '),
  ),
  fr: new Set(
    (
      'le les des du et est une dans pour sur avec au aux par ce cette ces sont ont été pas plus leur leurs qui nous ' +
      'vous ils elles mais ou où être avoir fait entre aussi lors depuis sans sous chez très'
    ).split(' '),
  ),
  es: new Set(
    (
      'el los las del y es una por para con se su sus al como más está están son fue han ha entre sobre desde pero ' +
      'también hacia sin muy este esta estos estas ese esa porque cuando donde'
    ).split(' '),
  ),
};
