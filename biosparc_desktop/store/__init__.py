"""Storage: engine and session setup, migrations, backup and integrity. No Qt."""
