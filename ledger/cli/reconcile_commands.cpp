// Statement import and bank reconciliation on the command line (docs/reconcile.md).
#include <spdlog/spdlog.h>

#include <iostream>

#include "app/journal_ops.hpp"
#include "app/reconcile.hpp"
#include "cli/booked.hpp"
#include "cli/commands.hpp"
#include "reports/reconcile_reports.hpp"

namespace fl::cli {
namespace {

struct Args {
  std::string bank_account, mapping, file, format = "table", as_of, posting_date, account, line, from, to;
  std::vector<std::string> ids, lines, entries;
  bool exact = false, correct_period = false;
  int older_than = 30;
};

// The matching rules (docs/reconcile.md §2), the same flags on every command that proposes:
// a proposal's id is only found again under the rules that made it.
struct RuleArgs {
  long long tolerance = -1;  // whole units; -1: the default
  int days_before = 30, days_after = 90, entry_days = 10;
};

void add_rule_options(CLI::App* cmd, RuleArgs& r) {
  cmd->add_option("--tolerance", r.tolerance, "bank charges deducted in transit, whole units (default IDR 50000, 50 otherwise)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--days-before", r.days_before, "a transfer may come this many days before a tranche is due (30)")
      ->check(CLI::Range(0, 3660));
  cmd->add_option("--days-after", r.days_after, "… or this many days after (90)")->check(CLI::Range(0, 3660));
  cmd->add_option("--entry-days", r.entry_days, "days between a recorded entry and its line (10)")->check(CLI::Range(0, 3660));
}

MatchRules rules_of(const RuleArgs& r) {
  MatchRules m;
  m.days_before_due = r.days_before;
  m.days_after_due = r.days_after;
  m.entry_days = r.entry_days;
  if (r.tolerance >= 0) m.tolerance = Int128(r.tolerance);
  return m;
}

void say(const app::Appended& done, const std::string& what) {
  warn_all(done.notices);
  if (done.added == 0) {
    std::cout << what << ": nothing new; nothing written\n";
  } else {
    std::cout << what << ": " << done.added << " event" << (done.added == 1 ? "" : "s") << " appended; head " << done.head_hex
              << "\n";
  }
}

// What a reconciliation write booked (cli/booked.hpp): with --format json the whole result;
// in text, after the command's own lines, each event but the statement lines (counted above).
void booked(const app::Appended& done, const std::string& format) {
  if (format == "json") {
    std::cout << booked_json(Booked{done.events, done.already, done.head_hex});
    return;
  }
  Booked b{{}, 0, done.head_hex};
  for (const Transaction& e : done.events) {
    if (e.kind != EventKind::statement_line) b.events.push_back(e);
  }
  if (!b.events.empty()) std::cout << booked_text(b);
}

bool json_only(const std::string& format) { return format == "json"; }

Result<Date> required_date(const std::string& text, std::string_view flag) {
  auto d = Date::parse(text);
  if (!d) return fail(Error(Errc::usage, d.error().message()).in(flag));
  return *d;
}

Result<app::Loaded> load(const Globals& g) {
  FL_TRY(std::string path, journal_path(g));
  FL_TRY(app::Loaded loaded, app::load_journal(path, ReplayOptions{}));
  warn_all(loaded.warnings);
  return loaded;
}

}  // namespace

void register_reconcile_commands(CLI::App& app, Globals& g) {
  static Args a;
  static RuleArgs rules;
  const auto run = [&g](const Result<void>& r) { g.exit_code = r ? 0 : report(r.error()); };
  const auto timeout = [&g] { return std::chrono::milliseconds(g.lock_timeout_ms); };

  auto* statement = app.add_subcommand("statement", "bank statements, read through a mapping file per bank layout");
  auto* imp = statement->add_subcommand("import", "import a statement file: its new lines, as one unit");
  imp->add_option("file", a.file, "the statement file (CSV as the bank exports it)")->required();
  imp->add_option("--bank-account", a.bank_account, "the bank account it is a statement of")->required();
  imp->add_option("--mapping", a.mapping, "the mapping file of its layout, e.g. mappings/bca-klikbca.json")->required();
  imp->add_option("--from", a.from, "the first day the export covers, when the file does not say (YYYY-MM-DD)");
  imp->add_option("--to", a.to, "the last day the export covers, when the file does not say (YYYY-MM-DD)");
  static std::string write_format = "table";
  const auto add_write_format = [](CLI::App* cmd) {
    cmd->add_option("--format", write_format, "what was booked: table or json")->check(CLI::IsMember({"table", "json"}));
  };
  add_write_format(imp);
  imp->add_flag("--correct-period", a.correct_period,
                "the file is recorded with another period: record it again, as a new statement, with --from/--to");
  imp->callback([&g, run, timeout] {
    run([&]() -> Result<void> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(Instant clock, now(g));
      app::StatementImportOptions o{a.bank_account, a.mapping, timeout(), std::nullopt, std::nullopt, a.correct_period};
      if (!a.from.empty()) {
        FL_TRY(o.from, required_date(a.from, "--from"));
      }
      if (!a.to.empty()) {
        FL_TRY(o.to, required_date(a.to, "--to"));
      }
      FL_TRY(app::Appended done, app::import_statement(path, a.file, o, clock));
      warn_all(done.notices);
      if (json_only(write_format)) {
        booked(done, write_format);
        return ok();
      }
      std::cout << "statement " << done.ids.front() << ": " << (done.added == 0 ? 0 : done.added) << " new event"
                << (done.added == 1 ? "" : "s") << " (statement and lines), " << done.already << " already recorded";
      if (done.added > 0) std::cout << "; head " << done.head_hex;
      std::cout << "\n";
      booked(done, write_format);
      return ok();
    }());
  });

  auto* rec = app.add_subcommand("reconcile", "match statement lines to the ledger, and reconcile bank accounts");
  rec->require_subcommand(1);

  auto* proposals = rec->add_subcommand("proposals", "what each open statement line may be, with a stable id per proposal");
  proposals->add_option("--format", a.format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}));
  add_rule_options(proposals, rules);
  proposals->callback([&g, run, timeout] {
    run([&]() -> Result<void> {
      FL_TRY(auto format, reports::parse_format(a.format));
      FL_TRY(app::Loaded loaded, load(g));
      const auto all = propose(loaded.ledger.programme(), rules_of(rules));
      std::cout << reports::render(reports::proposals_report(loaded.ledger, all), format);
      return ok();
    }());
  });

  auto* confirm = rec->add_subcommand("confirm", "confirm proposals by id (or every exact one): a match, and the receipt it needs");
  confirm->add_option("ids", a.ids, "proposal ids (P-…)");
  confirm->add_flag("--exact", a.exact, "confirm every exact proposal");
  add_rule_options(confirm, rules);
  add_write_format(confirm);
  confirm->callback([&g, run, timeout] {
    run([&]() -> Result<void> {
      if (a.ids.empty() && !a.exact) return fail(Errc::usage, "name the proposals to confirm, or give --exact");
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(Instant clock, now(g));
      app::ConfirmOptions o;
      o.ids = a.ids;
      o.exact = a.exact;
      o.rules = rules_of(rules);
      o.lock_timeout = timeout();
      FL_TRY(app::Appended done, app::confirm_proposals(path, o, clock));
      if (json_only(write_format)) {
        warn_all(done.notices);
        booked(done, write_format);
        return ok();
      }
      for (const auto& id : done.ids) std::cout << "confirmed " << id << "\n";
      booked(done, write_format);
      say(done, "confirm");
      return ok();
    }());
  });

  auto* reject = rec->add_subcommand("reject", "reject proposals by id: they are not proposed again");
  reject->add_option("ids", a.ids, "proposal ids (P-…)")->required();
  add_rule_options(reject, rules);
  add_write_format(reject);
  reject->callback([&g, run, timeout] {
    run([&]() -> Result<void> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(Instant clock, now(g));
      app::ConfirmOptions o;
      o.ids = a.ids;
      o.rules = rules_of(rules);
      o.lock_timeout = timeout();
      FL_TRY(app::Appended done, app::reject_proposals(path, o, clock));
      if (json_only(write_format)) {
        warn_all(done.notices);
        booked(done, write_format);
        return ok();
      }
      for (const auto& id : done.ids) std::cout << "rejected " << id << "\n";
      booked(done, write_format);
      say(done, "reject");
      return ok();
    }());
  });

  auto* match = rec->add_subcommand("match", "match statement lines to ledger entries by hand");
  match->add_option("--bank-account", a.bank_account, "the bank account")->required();
  match->add_option("--line", a.lines, "a statement line (SL-…); repeat for several")->required();
  match->add_option("--entry", a.entries, "a ledger entry (a receipt, refund or transaction id); repeat for several")->required();
  add_write_format(match);
  match->callback([&g, run, timeout] {
    run([&]() -> Result<void> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(Instant clock, now(g));
      FL_TRY(app::Appended done, app::match_by_hand(path, a.bank_account, a.lines, a.entries, timeout(), clock));
      if (json_only(write_format)) {
        warn_all(done.notices);
        booked(done, write_format);
        return ok();
      }
      for (const auto& id : done.ids) std::cout << "matched " << id << "\n";
      booked(done, write_format);
      say(done, "match");
      return ok();
    }());
  });

  auto* classify = rec->add_subcommand("classify", "book a line that is not agreement money (interest, charges) to an account");
  classify->add_option("line", a.line, "the statement line (SL-…)")->required();
  classify->add_option("--account", a.account, "e.g. Income:BankInterest or Expenses:BankCharges")->required();
  classify->add_option("--posting-date", a.posting_date, "the period it is booked in (default: the line's date)");
  add_write_format(classify);
  classify->callback([&g, run, timeout] {
    run([&]() -> Result<void> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(Instant clock, now(g));
      std::optional<Date> posting;
      if (!a.posting_date.empty()) {
        FL_TRY(posting, required_date(a.posting_date, "--posting-date"));
      }
      FL_TRY(app::Appended done, app::classify_line(path, a.line, a.account, posting, timeout(), clock));
      if (json_only(write_format)) {
        warn_all(done.notices);
        booked(done, write_format);
        return ok();
      }
      for (const auto& id : done.ids) std::cout << "classified " << a.line << " as " << a.account << " (" << id << ")\n";
      booked(done, write_format);
      say(done, "classify");
      return ok();
    }());
  });

  auto* stmt = rec->add_subcommand("statement", "the reconciliation statement of a bank account as of a date");
  stmt->add_option("--bank-account", a.bank_account, "the bank account")->required();
  stmt->add_option("--as-of", a.as_of, "the date (YYYY-MM-DD)")->required();
  stmt->add_option("--format", a.format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}));
  stmt->callback([&g, run, timeout] {
    run([&]() -> Result<void> {
      FL_TRY(auto format, reports::parse_format(a.format));
      FL_TRY(Date date, required_date(a.as_of, "--as-of"));
      FL_TRY(app::Loaded loaded, load(g));
      FL_TRY(reports::Report r, reports::reconciliation_report(loaded.ledger, a.bank_account, date));
      std::cout << reports::render(r, format);
      return ok();
    }());
  });

  auto* close = rec->add_subcommand("close", "record a bank account as reconciled as of a date (only with nothing unexplained)");
  close->add_option("--bank-account", a.bank_account, "the bank account")->required();
  close->add_option("--as-of", a.as_of, "the date (YYYY-MM-DD)")->required();
  add_write_format(close);
  close->callback([&g, run, timeout] {
    run([&]() -> Result<void> {
      FL_TRY(Date date, required_date(a.as_of, "--as-of"));
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(Instant clock, now(g));
      FL_TRY(app::Appended done, app::close_reconciliation(path, a.bank_account, date, timeout(), clock));
      if (json_only(write_format)) {
        warn_all(done.notices);
        booked(done, write_format);
        return ok();
      }
      for (const auto& id : done.ids) std::cout << "reconciled " << a.bank_account << " through " << a.as_of << " (" << id << ")\n";
      booked(done, write_format);
      say(done, "close");
      return ok();
    }());
  });

  auto* unmatched = rec->add_subcommand("unmatched", "bank credits nobody has explained, older than N days");
  unmatched->add_option("--older-than", a.older_than, "days (30)");
  unmatched->add_option("--as-of", a.as_of, "the date (default: the clock's)");
  unmatched->add_option("--format", a.format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}));
  unmatched->callback([&g, run, timeout] {
    run([&]() -> Result<void> {
      FL_TRY(auto format, reports::parse_format(a.format));
      FL_TRY(std::optional<Date> date, as_of(a.as_of));
      FL_TRY(Instant clock, now(g));
      FL_TRY(app::Loaded loaded, load(g));
      FL_TRY(const Date clock_date, clock.date_in_zone(loaded.ledger.header().time_zone));  // today in the ledger's zone
      const Date today = date ? *date : clock_date;
      std::cout << reports::render(reports::unmatched_report(loaded.ledger, today, a.older_than), format);
      return ok();
    }());
  });
}

}  // namespace fl::cli
