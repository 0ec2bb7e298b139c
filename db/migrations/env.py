"""Alembic environment: always run through :mod:`db.migrations`, on a connection it passes.

``Store.open`` and ``govfacts db upgrade`` hand in a connection already inside a locked
transaction (:func:`db.migrations.schema_lock`), so concurrent writers never migrate the
same store twice.
"""
from alembic import context

from govfacts.db.migrations import include_name
from govfacts.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
