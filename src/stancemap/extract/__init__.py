"""The rule stages that turn a parsed article into actors, claims and events."""
