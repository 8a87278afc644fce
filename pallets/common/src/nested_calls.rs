//! The calls a call dispatches on some account's behalf, so that checks tied to an account
//! (the coldkey-swap guard) see through batches, proxies and multisigs.

/// Walks a call and the calls it dispatches, each with the account it acts as (implemented by
/// the runtime, which knows its wrapper calls; `()` sees the call alone).
pub trait NestedCalls<Call, AccountId> {
	/// Runs `check` on (`who`, `call`) and then on every call `call` dispatches when signed by
	/// `who`, with the account that call acts as; stops at the first error.
	fn visit<E>(
		who: &AccountId,
		call: &Call,
		check: &mut impl FnMut(&AccountId, &Call) -> Result<(), E>,
	) -> Result<(), E>;
}

impl<Call, AccountId> NestedCalls<Call, AccountId> for () {
	fn visit<E>(
		who: &AccountId,
		call: &Call,
		check: &mut impl FnMut(&AccountId, &Call) -> Result<(), E>,
	) -> Result<(), E> {
		check(who, call)
	}
}
