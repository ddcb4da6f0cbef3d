// Bank reconciliation on the command line (docs/reconcile.md): proposals, confirm, reject, match,
// classify, the reconciliation statement, close, unmatched credits.
#include <iostream>
#include <memory>

#include "app/arguments.hpp"
#include "app/journal_ops.hpp"
#include "app/reconcile.hpp"
#include "cli/booked.hpp"
#include "cli/commands.hpp"
#include "reports/reconcile_reports.hpp"
#include "reports/table.hpp"

namespace fl::cli {
namespace {

struct Args {
  std::string bank_account, format = "table", write_format = "table", as_of, posting_date, account, line;
  std::vector<std::string> ids, lines, entries;
  bool exact = false;
  int older_than = 30;
  // The matching rules (docs/reconcile.md §2), the same flags on every command that proposes:
  // a proposal's id is only found again under the rules that made it.
  long long tolerance = -1;  // whole units; -1: the default
  int days_before = 30, days_after = 90, entry_days = 10;
};
using Shared = std::shared_ptr<Args>;

void add_rule_options(CLI::App* cmd, Args& r) {
  cmd->add_option("--tolerance", r.tolerance, "bank charges deducted in transit, whole units (default IDR 50000, 50 otherwise)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--days-before", r.days_before, "a transfer may come this many days before a tranche is due (30)")
      ->check(CLI::Range(0, 3660));
  cmd->add_option("--days-after", r.days_after, "… or this many days after (90)")->check(CLI::Range(0, 3660));
  cmd->add_option("--entry-days", r.entry_days, "days between a recorded entry and its line (10)")->check(CLI::Range(0, 3660));
}

void add_write_format(CLI::App* cmd, Args& a) {
  cmd->add_option("--format", a.write_format, "what was booked: table or json")->check(CLI::IsMember({"table", "json"}));
}

MatchRules rules_of(const Args& r) {
  MatchRules m;
  m.days_before_due = r.days_before;
  m.days_after_due = r.days_after;
  m.entry_days = r.entry_days;
  if (r.tolerance >= 0) m.tolerance = r.tolerance;
  return m;
}

Result<app::Loaded> load(const Context& ctx) {
  FL_TRY(std::string path, ctx.journal_path());
  FL_TRY(app::Loaded loaded, app::load_journal(path, ReplayOptions{}));
  warn_all(loaded.warnings);
  return loaded;
}

// A write: `write` runs the use case; then the line said per id, what was booked, and a summary
// named `what` (with --format json, only what was booked).
using Write = std::function<Result<app::Written>(const std::string& path, const app::Clock&)>;
using Say = std::function<std::string(const std::string& id)>;
Result<void> run_write(Context& ctx, const Args& a, const std::string& what, const Write& write, const Say& say) {
  FL_TRY(std::string path, ctx.journal_path());
  FL_TRY(app::Clock clock, ctx.clock());
  FL_TRY(app::Written done, write(path, clock));
  if (a.write_format == "json") {
    warn_all(done.notices);
    print_bank_booked(done, a.write_format);
    return ok();
  }
  for (const auto& id : done.ids) std::cout << say(id) << "\n";
  print_bank_booked(done, a.write_format);
  warn_all(done.notices);
  const std::size_t added = done.booked.size();
  if (added == 0) {
    std::cout << what << ": nothing new; nothing written\n";
  } else {
    std::cout << what << ": " << added << " event" << (added == 1 ? "" : "s") << " appended; head " << done.head_hex << "\n";
  }
  return ok();
}

void register_proposals(CLI::App* rec, Context& ctx) {
  auto a = std::make_shared<Args>();
  auto* proposals = rec->add_subcommand("proposals", "what each open statement line may be, with a stable id per proposal");
  proposals->add_option("--format", a->format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}));
  add_rule_options(proposals, *a);
  proposals->callback([&ctx, a] {
    ctx.run([&]() -> Result<void> {
      FL_TRY(auto format, reports::parse_format(a->format));
      FL_TRY(app::Loaded loaded, load(ctx));
      const auto all = app::current_proposals(loaded.ledger, rules_of(*a));
      std::cout << reports::render(reports::proposals_report(loaded.ledger, all), format);
      return ok();
    });
  });

  auto c = std::make_shared<Args>();
  auto* confirm = rec->add_subcommand("confirm", "confirm proposals by id (or every exact one): a match, and the receipt it needs");
  confirm->add_option("ids", c->ids, "proposal ids (P-…)");
  confirm->add_flag("--exact", c->exact, "confirm every exact proposal");
  add_rule_options(confirm, *c);
  add_write_format(confirm, *c);
  confirm->callback([&ctx, c] {
    ctx.run([&]() -> Result<void> {
      if (c->ids.empty() && !c->exact) return fail(Errc::usage, "name the proposals to confirm, or give --exact");
      const app::ConfirmOptions o{c->ids, c->exact, rules_of(*c), ctx.write_options()};
      return run_write(ctx, *c, "confirm", [&](const std::string& path, const app::Clock& clock) {
        return app::confirm_proposals(path, o, clock);
      }, [](const std::string& id) { return "confirmed " + id; });
    });
  });

  auto r = std::make_shared<Args>();
  auto* reject = rec->add_subcommand("reject", "reject proposals by id: they are not proposed again");
  reject->add_option("ids", r->ids, "proposal ids (P-…)")->required();
  add_rule_options(reject, *r);
  add_write_format(reject, *r);
  reject->callback([&ctx, r] {
    ctx.run([&]() -> Result<void> {
      const app::ConfirmOptions o{r->ids, false, rules_of(*r), ctx.write_options()};
      return run_write(ctx, *r, "reject", [&](const std::string& path, const app::Clock& clock) {
        return app::reject_proposals(path, o, clock);
      }, [](const std::string& id) { return "rejected " + id; });
    });
  });
}

void register_match_classify(CLI::App* rec, Context& ctx) {
  auto m = std::make_shared<Args>();
  auto* match = rec->add_subcommand("match", "match statement lines to ledger entries by hand");
  match->add_option("--bank-account", m->bank_account, "the bank account")->required();
  match->add_option("--line", m->lines, "a statement line (SL-…); repeat for several")->required();
  match->add_option("--entry", m->entries, "a ledger entry (a receipt, refund or transaction id); repeat for several")->required();
  add_write_format(match, *m);
  match->callback([&ctx, m] {
    ctx.run([&] {
      return run_write(ctx, *m, "match", [&](const std::string& path, const app::Clock& clock) {
        const std::vector<StatementLineId> lines(m->lines.begin(), m->lines.end());
        const std::vector<EventId> entries(m->entries.begin(), m->entries.end());
        return app::match_by_hand(path, BankAccountId{m->bank_account}, lines, entries, ctx.write_options(), clock);
      }, [](const std::string& id) { return "matched " + id; });
    });
  });

  auto c = std::make_shared<Args>();
  auto* classify = rec->add_subcommand("classify", "book a line that is not agreement money (interest, charges) to an account");
  classify->add_option("line", c->line, "the statement line (SL-…)")->required();
  classify->add_option("--account", c->account, "e.g. Income:BankInterest or Expenses:BankCharges")->required();
  classify->add_option("--posting-date", c->posting_date, "the period it is booked in (default: the line's date)");
  add_write_format(classify, *c);
  classify->callback([&ctx, c] {
    ctx.run([&]() -> Result<void> {
      std::optional<Date> posting;
      if (!c->posting_date.empty()) {
        FL_TRY(posting, app::date_flag(c->posting_date, "--posting-date"));
      }
      return run_write(ctx, *c, "classify", [&](const std::string& path, const app::Clock& clock) {
        return app::classify_line(path, StatementLineId{c->line}, c->account, posting, ctx.write_options(), clock);
      }, [&](const std::string& id) { return "classified " + c->line + " as " + c->account + " (" + id + ")"; });
    });
  });
}

void register_statement_close(CLI::App* rec, Context& ctx) {
  auto s = std::make_shared<Args>();
  auto* stmt = rec->add_subcommand("statement", "the reconciliation statement of a bank account as of a date");
  stmt->add_option("--bank-account", s->bank_account, "the bank account")->required();
  stmt->add_option("--as-of", s->as_of, "the date (YYYY-MM-DD)")->required()->check(not_empty());
  stmt->add_option("--format", s->format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}));
  stmt->callback([&ctx, s] {
    ctx.run([&]() -> Result<void> {
      FL_TRY(auto format, reports::parse_format(s->format));
      FL_TRY(Date date, app::date_flag(s->as_of, "--as-of"));
      FL_TRY(app::Loaded loaded, load(ctx));
      FL_TRY(reports::Report r, reports::reconciliation_report(loaded.ledger, BankAccountId{s->bank_account}, date));
      std::cout << reports::render(r, format);
      return ok();
    });
  });

  auto c = std::make_shared<Args>();
  auto* close = rec->add_subcommand("close", "record a bank account as reconciled as of a date (only with nothing unexplained)");
  close->add_option("--bank-account", c->bank_account, "the bank account")->required();
  close->add_option("--as-of", c->as_of, "the date (YYYY-MM-DD)")->required()->check(not_empty());
  add_write_format(close, *c);
  close->callback([&ctx, c] {
    ctx.run([&]() -> Result<void> {
      FL_TRY(Date date, app::date_flag(c->as_of, "--as-of"));
      return run_write(ctx, *c, "close", [&](const std::string& path, const app::Clock& clock) {
        return app::close_reconciliation(path, BankAccountId{c->bank_account}, date, ctx.write_options(), clock);

      }, [&](const std::string& id) { return "reconciled " + c->bank_account + " through " + c->as_of + " (" + id + ")"; });
    });
  });
}

void register_unmatched(CLI::App* rec, Context& ctx) {
  auto u = std::make_shared<Args>();
  auto* unmatched = rec->add_subcommand("unmatched", "bank credits nobody has explained, older than N days");
  unmatched->add_option("--older-than", u->older_than, "days (30)");
  unmatched->add_option("--as-of", u->as_of, "the date (default: the clock's)")->check(not_empty());
  unmatched->add_option("--format", u->format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}));
  unmatched->callback([&ctx, u] {
    ctx.run([&]() -> Result<void> {
      FL_TRY(auto format, reports::parse_format(u->format));
      FL_TRY(std::optional<Date> date, app::as_of_flag(u->as_of));
      FL_TRY(app::Clock clock, ctx.clock());
      FL_TRY(app::Loaded loaded, load(ctx));
      FL_TRY(const Date clock_date, clock.today(loaded.ledger.header().time_zone));
      const Date today = date ? *date : clock_date;
      std::cout << reports::render(reports::unmatched_report(loaded.ledger, today, u->older_than), format);
      return ok();
    });
  });
}

}  // namespace

void register_reconcile_commands(CLI::App& app, Context& ctx) {
  auto* rec = app.add_subcommand("reconcile", "match statement lines to the ledger, and reconcile bank accounts");
  rec->require_subcommand(1);
  register_proposals(rec, ctx);
  register_match_classify(rec, ctx);
  register_statement_close(rec, ctx);
  register_unmatched(rec, ctx);
}

}  // namespace fl::cli
