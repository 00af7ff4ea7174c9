"""Help inside the app: the Panduan (docs/panduan, Markdown) and the Tentang dialog."""
