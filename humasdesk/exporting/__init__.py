"""Exports of statements: DOCX in the house layout, PDF, print, Markdown, plain text and
WhatsApp text. `layout` gathers what a page shows; one module per output format renders it;
`files` writes through a temporary file so a failed export never leaves a broken file."""
