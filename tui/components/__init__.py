"""The reader's widgets, one concern per module."""
