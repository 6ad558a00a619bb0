/** French texts of the filter controls (filters.ts), loaded with them. */
export const viewerFiltersFr = {
  viewer: {
    contains: '{column} contient',
    /** Over an API that matches whole values only (CKAN): a text, or a number or date without ranges. */
    exact: '{column} : valeur exacte',
    min: '{column} : au moins',
    max: '{column} : au plus',
    from: '{column} : à partir du',
    to: '{column} : jusqu’au',
    any: 'Toutes les valeurs',
  },
};
