"""Query budgets and the anonymous page cache."""
