"""CLI subcommands, one module per area. No module here may import Qt."""
