"""Qt item models over service queries (rows are DTOs, never live ORM objects)."""
