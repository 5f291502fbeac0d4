"""Documents made from the library (case reports and briefs) as PDF and DOCX.

Qt GUI classes (QTextDocument, QPdfWriter, QPainter) are allowed here, widgets are not, so
the command line can build the same documents offscreen.
"""
