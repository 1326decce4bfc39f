"""Build step for the site: ordinary Python around `mkdocs build`, so it survives a theme change."""
