//! Event extraction (in progress).
