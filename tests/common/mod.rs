//! Shared helpers for the event tests.
#![allow(dead_code)]

pub mod files;
pub mod pipeline;
