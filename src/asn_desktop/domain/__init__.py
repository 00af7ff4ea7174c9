"""Pure domain rules of PermenPANRB 6/2022 (no I/O, no Qt, no database), one module per
subject; import the module you need (the package itself loads nothing, so a command that
needs one rule does not pay for all)."""
