"""Plain-Python heart of HumasDesk: records, text rules, extraction and checks. No Qt here."""
