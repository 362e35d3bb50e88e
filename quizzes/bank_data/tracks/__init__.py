"""Question banks of the role tracks, one module each (see content.course_data.tracks)."""
