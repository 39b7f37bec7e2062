//! The memory-ordering rule of the registry and of the negotiation caches,
//! written once, so that the loom model below checks the code the library runs:
//! whoever holds a `Locale` has synchronised with its registration.
//!
//! The registry writes a new locale's tag and list, then [`publish`]es the new
//! count (Release). A negotiation reads the count with [`count`] (Acquire)
//! before it can answer the new locale, so it sees the tag and the list. A cache
//! keeps that answer with [`remember`] (Release), and a later lookup that finds
//! it with [`recall`] (Acquire) has synchronised with the negotiation and so,
//! transitively, with the registration: it may read the locale's tag and data.
//! Relaxed on either side of a cache breaks the chain on a weak machine (ARM64):
//! the model finds the interleaving where a reader gets a `Locale` whose tag it
//! cannot see yet, and that `Locale::tag` would panic on. All four are plain
//! loads and stores on x86; Acquire is one `ldar` on ARM64.

use std::sync::atomic::{AtomicU64, Ordering};

/// An atomic 64-bit word: std's in the library, loom's in the model.
pub(crate) trait Word {
    fn load(&self, order: Ordering) -> u64;
    fn store(&self, value: u64, order: Ordering);
}

impl Word for AtomicU64 {
    #[inline(always)]
    fn load(&self, order: Ordering) -> u64 {
        AtomicU64::load(self, order)
    }

    #[inline(always)]
    fn store(&self, value: u64, order: Ordering) {
        AtomicU64::store(self, value, order)
    }
}

/// Makes `n` the count of locales, after everything the registry wrote for them.
#[inline(always)]
pub(crate) fn publish(total: &impl Word, n: u64) {
    total.store(n, Ordering::Release);
}

/// The count of locales, with everything written for them visible.
#[inline(always)]
pub(crate) fn count(total: &impl Word) -> u64 {
    total.load(Ordering::Acquire)
}

/// Keeps a negotiated answer in a cache slot, for whoever [`recall`]s it.
#[inline(always)]
pub(crate) fn remember(slot: &impl Word, entry: u64) {
    slot.store(entry, Ordering::Release);
}

/// A cache slot's answer, with the registration of its locale visible.
#[inline(always)]
pub(crate) fn recall(slot: &impl Word) -> u64 {
    slot.load(Ordering::Acquire)
}

#[cfg(test)]
mod tests {
    use super::*;
    use loom::sync::atomic::AtomicU64 as LoomU64;
    use loom::sync::Arc;
    use loom::thread;

    impl Word for LoomU64 {
        fn load(&self, order: Ordering) -> u64 {
            LoomU64::load(self, order)
        }

        fn store(&self, value: u64, order: Ordering) {
            LoomU64::store(self, value, order)
        }
    }

    /// Each way of reading and writing the count and a cache slot.
    struct Rules {
        publish: fn(&LoomU64, u64),
        count: fn(&LoomU64) -> u64,
        remember: fn(&LoomU64, u64),
        recall: fn(&LoomU64) -> u64,
    }

    const LIBRARY: Rules = Rules {
        publish: |w, n| publish(w, n),
        count: |w| count(w),
        remember: |w, e| remember(w, e),
        recall: |w| recall(w),
    };

    /// Every interleaving of a registration (the tag, then the count), a
    /// negotiation that answers the new locale once it sees the count and
    /// caches the answer, and a lookup that finds the answer and reads the tag.
    fn model(rules: Rules) {
        loom::model(move || {
            let shipped = 41;
            let tag = Arc::new(LoomU64::new(0));
            let total = Arc::new(LoomU64::new(shipped));
            let slot = Arc::new(LoomU64::new(0));
            let registration = {
                let (tag, total) = (tag.clone(), total.clone());
                thread::spawn(move || {
                    tag.store(7, Ordering::Relaxed);
                    (rules.publish)(&total, shipped + 1);
                })
            };
            let negotiation = {
                let (total, slot) = (total.clone(), slot.clone());
                thread::spawn(move || {
                    if (rules.count)(&total) == shipped + 1 {
                        (rules.remember)(&slot, shipped + 1);
                    }
                })
            };
            if (rules.recall)(&slot) == shipped + 1 {
                assert_eq!(
                    tag.load(Ordering::Relaxed),
                    7,
                    "a Locale without its registration"
                );
            }
            registration.join().unwrap();
            negotiation.join().unwrap();
        });
    }

    #[test]
    fn a_cached_locale_carries_its_registration() {
        model(LIBRARY);
    }

    /// The model can fail: with the review's Relaxed cache it does.
    #[test]
    #[should_panic(expected = "a Locale without its registration")]
    fn a_relaxed_cache_would_hand_out_a_locale_before_its_registration() {
        model(Rules {
            remember: |w, e| w.store(e, Ordering::Relaxed),
            recall: |w| w.load(Ordering::Relaxed),
            ..LIBRARY
        });
    }

    #[test]
    #[should_panic(expected = "a Locale without its registration")]
    fn a_relaxed_count_would_too() {
        model(Rules {
            publish: |w, n| w.store(n, Ordering::Relaxed),
            ..LIBRARY
        });
    }
}
