#pragma once
// Replay for the use cases of app/: decodes journal lines on the scan's worker threads and folds
// the committed ones into a Ledger in journal order.
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "app/journal_ops.hpp"
#include "io/canonical.hpp"
#include "io/event_codec.hpp"
#include "store/journal_file.hpp"

namespace fl::app::detail {

// A statement's or statement line's id is the one its content gives (reconcile.cpp,
// docs/format/journal.md §4.4); other events pass.
[[nodiscard]] Result<void> check_bank_ids(const Transaction& e);

// Decodes lines on the scan's worker threads (one decoder per bank) and folds the committed
// ones into `ledger` in journal order.
class Replayer final : public store::LineSink {
 public:
  Replayer(Ledger& ledger, TxnHook hook) : ledger_(ledger), hook_(std::move(hook)) {}

  std::size_t banks() const override { return kBanks; }

  void decode(std::size_t bank, std::size_t index, const store::LineRef& line) override {
    Bank& b = banks_[bank];
    if (b.slots.size() <= index) b.slots.resize(index + 1);
    Slot& slot = b.slots[index];
    if (line.seq != 0 && io::decode_canonical_txn(line.body, slot.txn, slot.forms)) {
      slot.kind = io::LineKind::txn;
      slot.error.reset();
      return;
    }
    auto kind = b.decoder.decode_line(line.bytes, slot.header, slot.txn);
    if (kind) {
      slot.kind = *kind;
      slot.forms = b.decoder.forms();
      slot.error.reset();
    } else {
      slot.error = std::move(kind).error();
    }
  }

  // Every sum and product replay forms is checked: one that overflows is reported as damage
  // at its line (never an exception through the scanner's threads, never an abort).
  Result<void> check(std::size_t bank, std::size_t index, const store::LineRef& line) override {
    try {
      return check_line(bank, index, line);
    } catch (const std::exception& e) {
      return fail(Errc::corrupt, std::string("a figure cannot be computed exactly: ") + e.what());
    }
  }

  Result<void> commit() override {
    try {
      return commit_unit();
    } catch (const std::exception& e) {
      return fail(Errc::corrupt, std::string("a figure cannot be computed exactly: ") + e.what());
    }
  }

  Result<void> check_line(std::size_t bank, std::size_t index, const store::LineRef& line) {
    Slot& slot = banks_[bank].slots[index];
    if (slot.error) return fail(*slot.error);
    if (line.seq == 0) {
      if (slot.kind != io::LineKind::header) return fail(Errc::corrupt, "line 1 is not a header");
      if (ledger_.has_header()) return fail(Errc::corrupt, "a second header");
    } else {
      if (slot.kind == io::LineKind::header) return fail(Errc::corrupt, "a header after line 1");
      // A journal is written in one format version, its header's (docs/format/journal.md §3.2).
      if (!(slot.forms & (1u << ledger_.header().version))) {
        return fail(Errc::corrupt, "the line is not in the canonical form of journal format version " +
                                       std::to_string(ledger_.header().version) + ", the header's");
      }
      constexpr std::size_t kAhead = 8;
      const auto& slots = banks_[bank].slots;
      if (index + kAhead < slots.size() && !slots[index + kAhead].error) {
        ledger_.prefetch(slots[index + kAhead].txn);
      }
      if (slot.txn.kind == EventKind::statement || slot.txn.kind == EventKind::statement_line) {
        FL_TRY_VOID(check_bank_ids(slot.txn));
      }
      if (line.frame == store::Frame::part) {
        FL_TRY_VOID(ledger_.stage(slot.txn));
        in_unit_ = true;
      } else {
        FL_TRY_VOID(ledger_.check(slot.txn));
      }
    }
    pending_.push_back({&slot, line.seq});
    return ok();
  }

  Result<void> commit_unit() {
    if (in_unit_) {
      FL_TRY_VOID(ledger_.commit_staged());
      for (const auto& [slot, seq] : pending_) {
        if (hook_) hook_(slot->txn, seq);
      }
      drop();
      return ok();
    }
    for (const auto& [slot, seq] : pending_) {
      if (seq == 0) {
        FL_TRY_VOID(ledger_.apply_header(slot->header));
        continue;
      }
      FL_TRY_VOID(ledger_.apply_checked(slot->txn));
      if (hook_) hook_(slot->txn, seq);
    }
    drop();
    return ok();
  }

  void drop() override {
    if (in_unit_) ledger_.drop_staged();
    in_unit_ = false;
    pending_.clear();
  }

 private:
  static constexpr std::size_t kBanks = 4;
  struct Slot {
    io::LineKind kind = io::LineKind::txn;
    std::uint8_t forms = 0;  // the format versions whose canonical form the line is in
    Header header;
    Transaction txn;
    std::optional<Error> error;
  };
  struct Bank {
    io::EventDecoder decoder;
    std::vector<Slot> slots;  // reused from batch to batch: strings keep their capacity
  };
  Ledger& ledger_;
  TxnHook hook_;
  std::array<Bank, kBanks> banks_;
  // The open unit: checked, not yet applied. Slots stay put until their batch is applied.
  std::vector<std::pair<Slot*, std::uint64_t>> pending_;
  bool in_unit_ = false;  // the pending lines are a part run, staged in the ledger
};


// "journal damaged at line 3 (seq 2, byte 933): …" as an Errc::corrupt error at the line.
Error corrupt(const std::string& path, const store::Damage& d);

}  // namespace fl::app::detail
