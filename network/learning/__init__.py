"""Action learning: the Chairs' session notes, agreed actions and private attachments."""
