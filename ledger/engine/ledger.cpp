#include "engine/ledger.hpp"

#include <algorithm>

namespace fl {

Ledger::Ledger(ReplayOptions options) : options_(options) {
  static_assert(sizeof(std::uint64_t) * 8 >= 32, "a bit per known currency");
  FL_ASSERT(Currency::count() <= 64);
}

Result<void> Ledger::apply_header(const Header& header) {
  if (has_header_) return fail(Errc::corrupt, "a second header");
  header_ = header;
  has_header_ = true;
  last_recorded_at_ = header.created_at;
  return ok();
}

bool Ledger::after_as_of(const Transaction& t) const {
  // With an as-of date, agreement and bank-statement events after it are left out of the
  // programme altogether (plain transactions are still checked; parties, bank accounts and rates
  // are standing data and always count).
  return options_.as_of && t.date > *options_.as_of && t.kind != EventKind::txn &&
         t.kind != EventKind::party && t.kind != EventKind::bank_account && t.kind != EventKind::rate &&
         t.kind != EventKind::rate_withdrawal && t.kind != EventKind::setting;
}

Result<void> Ledger::check(const Transaction& t, const IdSet* pending_ids) const {
  if (!has_header_) return fail(Errc::corrupt, "a transaction before the header");
  if (t.kind != EventKind::txn && !t.reverses.empty()) {
    return fail(Error(Errc::invalid_input, "only a plain transaction reverses another; agreement events change by events of their own")
                    .in("reverses"));
  }
  // Recording time never goes backwards: each event is recorded at or after the one before
  // (the header's created_at counting as the first).
  if (t.recorded_at < last_recorded_at_) {
    return fail(Error(Errc::invalid_input, "is " + t.recorded_at.to_string() + ", earlier than " +
                                               last_recorded_at_.to_string() +
                                               " recorded before it; recording time never goes backwards")
                    .in("recorded_at"));
  }
  if (t.recorded_on) {
    // A fact is not known before it happened (a party's date is only the ledger's creation day).
    if (t.kind != EventKind::party && *t.recorded_on < t.date) {
      return fail(Error(Errc::invalid_input, "is " + t.recorded_on->to_string() + ", before the event's date " +
                                                 t.date.to_string() + ": a fact is not known before it happens")
                      .in("recorded_on"));
    }
    auto day = t.recorded_at.date_in_zone(header_.time_zone);
    if (day && *t.recorded_on > *day) {
      return fail(Error(Errc::invalid_input, "is " + t.recorded_on->to_string() + ", after the day it was recorded (" +
                                                 day->to_string() + " in " + header_.time_zone + ")")
                      .in("recorded_on"));
    }
  }
  FL_TRY_VOID(check_balanced(t));
  const auto pending = [&](std::string_view id) { return pending_ids != nullptr && pending_ids->contains(id); };
  if (!t.reverses.empty() && !ids_.contains(t.reverses) && !pending(t.reverses)) {
    return fail(Error(Errc::invalid_input, "names \"" + t.reverses +
                                               "\", which is not an earlier transaction")
                    .in("reverses"));
  }
  if (ids_.contains(t.id) || pending(t.id)) {
    return fail(Error(Errc::conflict, "\"" + t.id + "\" is used by an earlier event").in("id"));
  }
  if (after_as_of(t)) return ok();
  return programme_.check(t, header_);
}

Result<void> Ledger::check_clock(Instant now) const {
  if (now >= last_recorded_at_) return ok();
  return fail(Error(Errc::invalid_input, "the clock says " + now.to_string() + ", earlier than " +
                                             last_recorded_at_.to_string() +
                                             ", when the journal last recorded; recording time never goes backwards "
                                             "(nothing was written)")
                  .in("recorded_at"));
}

Result<void> Ledger::stage(const Transaction& t) {
  // A plain transaction matters to the programme only once a bank account exists, in the
  // journal or earlier in this unit.
  const bool banks = programme_.banks().tracks() || (staged_programme_ && staged_programme_->banks().tracks());
  if (t.kind == EventKind::txn && !banks) {
    FL_TRY_VOID(check(t, &staged_ids_));
  } else {
    if (!staged_programme_) staged_programme_ = programme_;
    // The ids and balance rules first, then the domain rules against the unit's programme.
    std::swap(programme_, *staged_programme_);
    auto r = check(t, &staged_ids_);
    std::swap(programme_, *staged_programme_);
    FL_TRY_VOID(std::move(r));
    if (!after_as_of(t)) FL_TRY_VOID(staged_programme_->apply(t));
  }
  staged_.push_back(&t);
  staged_ids_.insert(t.id);
  return ok();
}

Result<void> Ledger::commit_staged() {
  for (const Transaction* t : staged_) {
    const bool inserted = ids_.insert(t->id);
    FL_ASSERT(inserted);
    if (auto r = apply_balances(*t); !r) {
      drop_staged();
      return r;
    }
  }
  if (staged_programme_) programme_ = std::move(*staged_programme_);
  drop_staged();
  return ok();
}

void Ledger::drop_staged() {
  staged_.clear();
  staged_ids_.clear();
  staged_programme_.reset();
}

Result<void> Ledger::apply(const Transaction& t) {
  FL_TRY_VOID(check(t));
  return apply_checked(t);
}

Result<void> Ledger::apply_checked(const Transaction& t) {
  const bool inserted = ids_.insert(t.id);
  FL_ASSERT(inserted);
  if ((t.kind != EventKind::txn || programme_.banks().tracks()) && !after_as_of(t)) FL_TRY_VOID(programme_.apply(t));
  return apply_balances(t);
}

namespace {

Error balance_overflow(const Posting& p) {
  return Error(Errc::invalid_input, "the balance of " + p.account + " in " + std::string(p.amount.currency().code()) +
                                        " would pass the 128-bit range")
      .in("postings");
}

}  // namespace

Result<void> Ledger::apply_balances(const Transaction& t) {
  ++transactions_;
  if (t.recorded_at > last_recorded_at_) last_recorded_at_ = t.recorded_at;
  if (options_.as_of && t.date > *options_.as_of) return ok();
  ++counted_;
  const std::size_t ncur = Currency::count();
  for (const Posting& p : t.postings) {
    const std::uint32_t acc = accounts_.intern(p.account);
    if (acc == used_currencies_.size()) {
      used_currencies_.push_back(0);
      sums_.resize(sums_.size() + ncur);
    }
    const std::size_t cur = p.amount.currency().index();
    used_currencies_[acc] |= std::uint64_t{1} << cur;
    if (!sums_[acc * ncur + cur].add(p.amount)) return fail(balance_overflow(p));
    if (options_.by) {
      const std::uint32_t dim = dim_values_.intern(p.dim(*options_.by));
      FL_ASSERT(dim < (1u << 26));
      const std::uint64_t key = (std::uint64_t{acc} << 32) | (std::uint64_t{dim} << 6) | cur;
      if (!dim_sums_[key].add(p.amount)) return fail(balance_overflow(p));
    }
  }
  return ok();
}

std::vector<BalanceRow> Ledger::balances() const {
  std::vector<BalanceRow> rows;
  const std::size_t ncur = Currency::count();
  if (options_.by) {
    for (const auto& [key, sum] : dim_sums_) {
      const auto acc = static_cast<std::uint32_t>(key >> 32);
      const auto dim = static_cast<std::uint32_t>((key & 0xffffffffu) >> 6);
      FL_ASSERT(dim < (1u << 26));
      rows.push_back({accounts_.name(acc), dim_values_.name(dim), sum.in(Currency::at_index(key & 63))});
    }
  } else {
    for (std::uint32_t acc = 0; acc < accounts_.size(); ++acc) {
      for (std::size_t cur = 0; cur < ncur; ++cur) {
        if (used_currencies_[acc] & (std::uint64_t{1} << cur)) {
          rows.push_back({accounts_.name(acc), {}, sums_[acc * ncur + cur].in(Currency::at_index(cur))});
        }
      }
    }
  }
  std::sort(rows.begin(), rows.end(), [](const BalanceRow& a, const BalanceRow& b) {
    if (a.account != b.account) return a.account < b.account;
    if (a.dim_value != b.dim_value) return a.dim_value < b.dim_value;
    return a.currency().code() < b.currency().code();
  });
  return rows;
}

}  // namespace fl
