/** The one module of @nlpjs/lang-uk that the search UI loads (the package ships no types). */
declare module '@nlpjs/lang-uk/src/stemmer-uk.js' {
  export default class StemmerUk {
    /** A word in, its stem out. */
    stemWord(word: string): string;
  }
}
