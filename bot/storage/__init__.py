"""Persistence: tables, the database engine, the repository behind the service ports, migrations."""
