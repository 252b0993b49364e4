"""Site search: the search page, facets, autocomplete and the choice of search backend."""
