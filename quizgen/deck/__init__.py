"""Many articles → one deck: generation, deck files, editing, the deck library."""
