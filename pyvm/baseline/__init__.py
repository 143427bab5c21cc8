"""The baseline tier: an interpreter over the register bytecode, written in lowpy (docs/tiers.md)."""
