//! Accounts: hotkey ownership, the subnets' own accounts, and TAO transfers in and out of them.

use crate::{
	ChainIdentityV2, Config, Error, Event, IdentitiesV2, IsNetworkMember, OwnedHotkeys, Owner,
	Pallet, StakingHotkeys, TotalIssuance,
};
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation},
	},
	PalletId,
};
use sp_runtime::{
	traits::{AccountIdConversion, SaturatedConversion},
	DispatchError, DispatchResult,
};
use subtensor_common::{NetUid, TaoBalance};

/// Owner of the subnets' accounts: `b"modl" ‖ b"subtensr" ‖ netuid (u16 LE) ‖ zeros`.
pub const SUBNET_PALLET_ID: PalletId = PalletId(*b"subtensr");
/// Id of the account that receives burned TAO (swap fees when no block author is known).
pub const BURN_PALLET_ID: PalletId = PalletId(*b"burntnsr");

impl<T: Config> Pallet<T> {
	/// The current block as the `u64` the pallet works with.
	pub fn current_block() -> u64 {
		frame_system::Pallet::<T>::block_number().saturated_into()
	}

	/// The account holding a subnet's pool TAO.
	pub fn subnet_account_id(netuid: NetUid) -> T::AccountId {
		SUBNET_PALLET_ID.into_sub_account_truncating(netuid.inner())
	}

	/// The account that receives burned TAO.
	pub fn burn_account_id() -> T::AccountId {
		BURN_PALLET_ID.into_account_truncating()
	}

	/// Whether `account` is the account of some subnet (such accounts cannot be hotkeys).
	pub fn is_subnet_account(account: &T::AccountId) -> bool {
		PalletId::try_from_sub_account::<u16>(account).is_some_and(|(id, netuid)| {
			id == SUBNET_PALLET_ID && Self::subnet_account_id(netuid.into()) == *account
		})
	}

	/// Whether the hotkey has an owning coldkey.
	pub fn hotkey_account_exists(hotkey: &T::AccountId) -> bool {
		Owner::<T>::contains_key(hotkey)
	}

	/// Checks that `coldkey` may use `hotkey`: it is no subnet account and is unowned or owned
	/// by `coldkey`.
	pub fn ensure_hotkey_usable_by(
		coldkey: &T::AccountId,
		hotkey: &T::AccountId,
	) -> DispatchResult {
		if Self::is_subnet_account(hotkey) {
			return Err(Error::<T>::CannotUseSystemAccount.into());
		}
		if Self::hotkey_account_exists(hotkey) && Owner::<T>::get(hotkey) != *coldkey {
			return Err(Error::<T>::NonAssociatedColdKey.into());
		}
		Ok(())
	}

	/// Makes `coldkey` the owner of `hotkey` if it has none yet.
	pub fn create_account_if_non_existent(coldkey: &T::AccountId, hotkey: &T::AccountId) {
		if Self::hotkey_account_exists(hotkey) {
			return;
		}
		Owner::<T>::insert(hotkey, coldkey);
		OwnedHotkeys::<T>::mutate(coldkey, |hotkeys| {
			if !hotkeys.contains(hotkey) {
				hotkeys.push(hotkey.clone());
			}
		});
		StakingHotkeys::<T>::mutate(coldkey, |hotkeys| {
			if !hotkeys.contains(hotkey) {
				hotkeys.push(hotkey.clone());
			}
		});
	}

	/// See [`Pallet::set_identity`].
	pub fn do_set_identity(
		origin: frame_system::pallet_prelude::OriginFor<T>,
		identity: ChainIdentityV2,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		let registered = OwnedHotkeys::<T>::get(&coldkey)
			.iter()
			.any(|hotkey| IsNetworkMember::<T>::iter_prefix(hotkey).next().is_some());
		if !registered {
			return Err(Error::<T>::HotKeyNotRegisteredInNetwork.into());
		}
		if !identity.is_valid() {
			return Err(Error::<T>::InvalidIdentity.into());
		}
		IdentitiesV2::<T>::insert(&coldkey, identity);
		Self::deposit_event(Event::ChainIdentitySet(coldkey));
		Ok(())
	}

	/// `try_associate_hotkey`: makes the signer the owner of an unowned `hotkey`, so it can be
	/// staked to and used before it registers anywhere. A no-op for the signer's own hotkey.
	pub fn do_try_associate_hotkey(
		origin: frame_system::pallet_prelude::OriginFor<T>,
		hotkey: T::AccountId,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		Self::ensure_hotkey_usable_by(&coldkey, &hotkey)?;
		Self::create_account_if_non_existent(&coldkey, &hotkey);
		Ok(())
	}

	/// Free TAO of an account.
	pub fn free_balance(account: &T::AccountId) -> TaoBalance {
		TaoBalance::new(T::Currency::balance(account))
	}

	/// TAO the account can spend without being reaped.
	pub fn spendable_keeping_alive(account: &T::AccountId) -> TaoBalance {
		TaoBalance::new(T::Currency::reducible_balance(
			account,
			Preservation::Preserve,
			Fortitude::Polite,
		))
	}

	/// Moves up to `amount` TAO keeping `from` alive; returns what actually moved.
	pub fn transfer_tao_keep_alive(
		from: &T::AccountId,
		to: &T::AccountId,
		amount: TaoBalance,
	) -> Result<TaoBalance, DispatchError> {
		let actual = amount.min(Self::spendable_keeping_alive(from));
		if actual.is_zero() {
			return Ok(TaoBalance::ZERO);
		}
		T::Currency::transfer(from, to, actual.to_u64(), Preservation::Preserve)?;
		Ok(actual)
	}

	/// Destroys up to `amount` TAO of `from` (keeping it alive) and lowers the issuance
	/// counters; returns what was destroyed.
	pub fn recycle_tao(
		from: &T::AccountId,
		amount: TaoBalance,
	) -> Result<TaoBalance, DispatchError> {
		let actual = amount.min(Self::spendable_keeping_alive(from));
		if actual.is_zero() {
			return Ok(TaoBalance::ZERO);
		}
		let burned = T::Currency::burn_from(
			from,
			actual.to_u64(),
			Preservation::Preserve,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		let burned = TaoBalance::new(burned);
		TotalIssuance::<T>::mutate(|issuance| *issuance = issuance.saturating_sub(burned));
		Ok(burned)
	}
}
