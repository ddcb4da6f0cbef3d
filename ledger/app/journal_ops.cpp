#include "app/journal_ops.hpp"
#include "app/arguments.hpp"
#include "app/replayer.hpp"

#include <unistd.h>

#include <array>
#include <map>

#include "io/event_codec.hpp"
#include "io/export.hpp"
#include "journal/names.hpp"
#include "money/decimal.hpp"

namespace fl::app {
namespace {

// Closes a file descriptor on scope exit.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

std::string damage_text(const store::Damage& d) {
  return "journal damaged at line " + std::to_string(d.line_no) + " (seq " + std::to_string(d.seq) +
         ", byte " + std::to_string(d.offset) + "): " + d.reason;
}

}  // namespace

namespace detail {
Error corrupt(const std::string& path, const store::Damage& d) {
  return Error(Errc::corrupt, damage_text(d)).at(SourcePos{path, d.line_no, 0});
}

}  // namespace detail

using detail::corrupt;
using detail::Replayer;

namespace {

// The target is an amount like any other, by the number rules (in the declared locale).
Result<std::string> target_text(const InitOptions& o) {
  FL_TRY(std::optional<NumberLocale> l, locale_flag(o.number_locale.value_or("")));
  auto cur = Currency::parse(o.base_currency);
  if (!cur) return o.target;  // refused below, naming --base-currency
  auto minor = parse_local_amount(o.target, *cur, AmountRules{l, false});
  if (!minor) return fail(std::move(minor).error().in("--target"));
  return Money(*cur, *minor).to_string();
}

}  // namespace

Result<Initialized> init_journal(const std::string& path, const InitOptions& given, const Clock& clock) {
  InitOptions o = given;
  FL_TRY(o.target, target_text(given));
  const Instant now = clock.now();
  Header h;
  if (auto r = check_id(o.ledger_id); !r) return fail(std::move(r).error().in("--ledger-id"));
  auto cur = Currency::parse(o.base_currency);
  if (!cur) return fail(std::move(cur).error().in("--base-currency"));
  h.base_currency = *cur;
  if (auto r = check_time_zone(o.time_zone); !r) return fail(std::move(r).error().in("--time-zone"));
  if (auto r = FiscalYearStart::parse(o.fiscal_year_start); !r) {
    return fail(std::move(r).error().in("--fiscal-year-start"));
  }
  auto target = parse_money(o.target, *cur, DecimalStyle::input);
  if (!target) return fail(std::move(target).error().in("--target"));
  if (target->sign() < 0) return fail(Error(Errc::invalid_input, "must not be negative").in("--target"));
  if (o.rate_age_days_max < 0 || o.rate_age_days_max > 3660) {
    return fail(Error(Errc::invalid_input, "must be 0 to 3660 days").in("--rate-age-days-max"));
  }
  h.ledger_id = o.ledger_id;
  h.time_zone = o.time_zone;
  h.fiscal_year_start = o.fiscal_year_start;
  h.target = *target;
  h.rate_age_days_max = o.rate_age_days_max;
  h.created_at = now;
  // Settings given at init are events of their own, written with the header in one file.
  Ledger ledger;
  FL_TRY_VOID(ledger.apply_header(h));
  std::vector<std::string> settings;
  for (const auto& [name, value, flag] : {std::tuple{"number-locale", o.number_locale, "--number-locale"},
                                          std::tuple{"rate-jump-limit", o.rate_jump_limit, "--rate-jump-limit"}}) {
    if (!value) continue;
    Transaction e = setting_event(ledger, name, *value, clock);
    if (auto r = ledger.apply(e); !r) return fail(Error(Errc::usage, r.error().message()).in(flag));
    settings.push_back(io::encode_txn_body(e, h.version));
  }
  FL_TRY(store::Hash head, store::create_journal(path, io::encode_header_body(h), settings));
  return Initialized{store::to_hex(head)};
}

Transaction setting_event(const Ledger& ledger, const std::string& name, const std::string& value, const Clock& clock) {
  const auto& count = ledger.programme().settings().count;
  const auto n = count.find(name);
  const int next = n == count.end() ? 1 : n->second + 1;
  const Instant now = clock.now();
  const auto local = clock.today(ledger.header().time_zone);
  const Date today = local ? *local : Date::from_days(static_cast<std::int32_t>(now.unix_seconds() / 86400));
  Transaction e = make_event(EventKind::setting, "SETTING-" + name + "-" + std::to_string(next), today,
                             "Setting " + name + " = " + value, Setting{name, value});
  e.recorded_at = now;
  return e;
}

Result<Loaded> load_journal(const std::string& path, const ReplayOptions& options,
                            const TxnHook& hook) {
  FL_TRY(int raw_fd, store::open_for_read(path));
  Fd fd{raw_fd};
  Loaded out{Ledger(options), {}, {}};
  Replayer replay(out.ledger, hook);
  FL_TRY(const store::ScanOptions scan_options, store::scan_options_for(path));
  FL_TRY(out.scan, store::scan_journal(fd.fd, replay, scan_options));
  if (out.scan.damage) return fail(corrupt(path, *out.scan.damage));
  if (auto r = out.ledger.programme().check_receivable(); !r) return fail(std::move(r).error().at(SourcePos{path, 0, 0}));
  if (auto tail = store::describe_tail(out.scan); !tail.empty()) out.warnings.push_back(tail);
  return out;
}

std::string event_json_members(const Transaction& e) { return io::encode_txn_body(e, io::kJournalVersionFull); }

Result<std::string> export_journal(const std::string& path, ExportFormat format,
                                   std::optional<Date> as_of) {
  std::string body;
  std::map<std::string, Date> opened;  // account -> first value date
  const TxnHook hook = [&](const Transaction& t, std::uint64_t) {
    if (as_of && t.date > *as_of) return;
    if (format == ExportFormat::ledger) {
      io::append_ledger(body, t);
      return;
    }
    for (const Posting& p : t.postings) {
      auto [it, added] = opened.try_emplace(p.account, t.date);
      if (!added && t.date < it->second) it->second = t.date;
    }
    io::append_beancount(body, t);
  };
  FL_TRY(Loaded loaded, load_journal(path, ReplayOptions{}, hook));
  if (format == ExportFormat::ledger) {
    return "; exported by fundledger from " + loaded.ledger.header().ledger_id + "\n\n" + body;
  }
  std::string out = io::beancount_header(loaded.ledger.header());
  for (const auto& [account, first] : opened) io::append_beancount_open(out, first, account);
  out += "\n";
  out += body;
  return out;
}

Result<VerifyReport> verify_journal(const std::string& path,
                                    const std::optional<std::string>& expect_head_hex) {
  FL_TRY(store::ScanOptions options, store::scan_options_for(path));
  if (expect_head_hex) {
    store::Hash h;
    if (!store::parse_hex(*expect_head_hex, h)) {
      return fail(Error(Errc::usage, "must be 64 hex digits").in("--expect-head"));
    }
    options.expect_head = h;
  }
  FL_TRY(int raw_fd, store::open_for_read(path));
  Fd fd{raw_fd};
  VerifyReport out;
  Replayer replay(out.ledger, {});
  FL_TRY(store::ScanResult scan, store::scan_journal(fd.fd, replay, options));
  out.events = scan.events;
  out.lines = scan.lines;
  out.head_hex = scan.lines > 0 ? store::to_hex(scan.head) : std::string{};
  out.damage = scan.damage;
  if (!out.damage && options.expect_head && !scan.expected_head_found) {
    out.expected_head_missing = true;
    out.damage = store::Damage{scan.lines, scan.lines + 1, scan.committed_end,
                               "expected head not found: the journal was truncated or its tail "
                               "rewritten"};
  }
  if (!out.damage) {
    if (auto r = out.ledger.programme().check_receivable(); !r) return fail(std::move(r).error().at(SourcePos{path, 0, 0}));
  }
  if (auto tail = store::describe_tail(scan); !tail.empty()) out.warnings.push_back(tail);
  out.ok = !out.damage.has_value();
  out.balances = out.ledger.balances();
  return out;
}

}  // namespace fl::app
