/** The queries the bench runs, through the search UI and through Pagefind's API: a place, then a two-word idea. */
export const QUERIES = ['pokrovsk', 'frozen assets'] as const;
