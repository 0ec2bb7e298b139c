"""The fact store: SQLAlchemy models, writing, and the queries the CLI answers."""
