"""pyvm's garbage collector, written in lowpy: `roots` (what is live) and `heap` (the semispace copier)."""
