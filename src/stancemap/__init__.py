"""stancemap: who stands where, from political news, with the evidence."""

__version__ = "0.1.0"
SCHEMA_ID = "stancemap/1"
