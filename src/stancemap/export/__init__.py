"""Writers that turn documents (``stancemap/1``) into other tools' formats."""
