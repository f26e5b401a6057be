//! A cooperative per-document work budget.
//!
//! The runner opens a [`scope`] around the work it does for one document
//! (one component over one document, say) with that document's deadline.
//! Loops whose trip count grows with the input call [`check`]; once the
//! deadline has passed, `check` unwinds with an [`Exceeded`] payload, which
//! the runner catches for that document alone and turns into a reject with
//! its reason. Outside a scope `check` costs one thread-local read and never
//! fires, so library users who call components directly see no change.

use std::cell::Cell;
use std::time::{Duration, Instant};

thread_local! {
    static DEADLINE: Cell<Option<(Instant, Duration)>> = const { Cell::new(None) };
}

/// The payload [`check`] unwinds with when a document's budget is spent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exceeded {
    /// The budget that was set for the document.
    pub limit: Duration,
}

impl std::fmt::Display for Exceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "document exceeded its work budget (--doc-timeout {}s)",
            self.limit.as_secs_f64()
        )
    }
}

/// Runs `f` with the calling thread's deadline set to `deadline` (the
/// instant, and the budget it came from, for the message), restoring the
/// previous one afterwards, also when `f` unwinds.
pub fn scope<R>(deadline: Option<(Instant, Duration)>, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<(Instant, Duration)>);
    impl Drop for Restore {
        fn drop(&mut self) {
            DEADLINE.set(self.0);
        }
    }
    let _restore = Restore(DEADLINE.replace(deadline));
    f()
}

/// Unwinds with [`Exceeded`] when the current scope's deadline has passed.
#[inline]
pub fn check() {
    if let Some((at, limit)) = DEADLINE.get()
        && Instant::now() >= at
    {
        std::panic::panic_any(Exceeded { limit });
    }
}

/// Whether a caught panic payload is a spent budget, and which.
pub fn exceeded(payload: &(dyn std::any::Any + Send)) -> Option<Exceeded> {
    payload.downcast_ref::<Exceeded>().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::panic::{AssertUnwindSafe, catch_unwind};

    #[test]
    fn check_is_silent_outside_a_scope() {
        check();
    }

    #[test]
    fn spent_budget_unwinds_with_its_limit_and_scope_is_restored() {
        let limit = Duration::from_millis(1);
        let past = Instant::now() - Duration::from_secs(1);
        let caught = catch_unwind(AssertUnwindSafe(|| scope(Some((past, limit)), check)));
        let payload = caught.expect_err("a passed deadline must unwind");
        assert_eq!(exceeded(payload.as_ref()), Some(Exceeded { limit }));
        // The deadline went with the scope.
        check();
    }

    #[test]
    fn future_deadline_does_not_fire() {
        let at = Instant::now() + Duration::from_secs(3600);
        scope(Some((at, Duration::from_secs(3600))), check);
    }
}
